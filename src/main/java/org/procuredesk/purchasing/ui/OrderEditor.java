package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procuredesk.purchasing.OrderForm;
import org.procuredesk.purchasing.PurchaseOrderView;
import org.procuredesk.request.RequestView;
import org.procuredesk.purchasing.PriceOverrunPolicy;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.LocalizedDates;

/**
 * An order as IT support enters it: supplier, order number, expected delivery and the actual unit price of
 * each of the application's lines. It calls no service; a refusal is shown on the field it names, a line's
 * price as {@code unitPrices[1]}.
 */
class OrderEditor extends VerticalLayout implements FieldErrors {

    private static final Pattern PRICE = Pattern.compile("unitPrices\\[(\\d+)]");

    private final TextField supplier = new TextField();
    private final TextField orderNumber = new TextField();
    private final DatePicker expectedDelivery = new DatePicker();
    private final Map<String, HasValidation> header = Map.of("supplier", supplier, "orderNumber", orderNumber,
            "expectedDelivery", expectedDelivery);
    private final UnitPrices unitPrices;

    OrderEditor(RequestView application, PriceOverrunPolicy policy, LocalDate today, Formats formats) {
        this.unitPrices = new UnitPrices(application, policy, formats);
        setId("order-editor");
        setPadding(false);
        supplier.setMaxLength(200);
        orderNumber.setMaxLength(64);
        LocalizedDates.localize(expectedDelivery, getLocale(), "order.deliveryInThePast");
        expectedDelivery.setMin(today);
        add(new FormLayout(place(supplier, "supplier"), place(orderNumber, "orderNumber"),
                place(expectedDelivery, "expectedDelivery")), unitPrices);
    }

    /** Starts from an order placed before, e.g. one the IT head sent back: its supplier, number, date and prices. */
    void startFrom(PurchaseOrderView previous) {
        supplier.setValue(previous.supplier());
        orderNumber.setValue(previous.orderNumber());
        expectedDelivery.setValue(previous.expectedDelivery());
        unitPrices.show(previous.unitPrices());
    }

    /** What is entered, as it is: the service decides what is missing or wrong. Clears the refusals shown before. */
    OrderForm value() {
        header.values().forEach(field -> field.setInvalid(false));
        unitPrices.clearErrors();
        return new OrderForm(supplier.getValue(), orderNumber.getValue(), expectedDelivery.getValue(),
                unitPrices.value());
    }

    @Override
    public boolean showError(String field, String message) {
        Matcher price = PRICE.matcher(field);
        HasValidation invalid = price.matches() ? unitPrices.at(Integer.parseInt(price.group(1))) : header.get(field);
        if (invalid != null) {
            invalid.setErrorMessage(message);
            invalid.setInvalid(true);
            return true;
        }
        return "unitPrices".equals(field) && unitPrices.showError(message);
    }

    /** Gives a header field its id {@code order-<name>} and its label {@code purchase.order.<name>}. */
    private <F extends Component & HasLabel> F place(F field, String name) {
        field.setId("order-" + name);
        field.setLabel(getTranslation("purchase.order." + name));
        return field;
    }
}
