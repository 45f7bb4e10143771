package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestView;
import org.procuredesk.purchasing.PriceOverrunPolicy;
import org.procuredesk.system.Formats;

/**
 * The actual unit price of each of the application's lines, prefilled with its estimate, and the total they
 * make against the approved one as they are typed. Field {@code i} is {@code unitPrices[i]}.
 */
class UnitPrices extends VerticalLayout {

    private final List<BigDecimalField> prices = new ArrayList<>();
    private final ErrorText error = new ErrorText("order-unitPrices-error");
    private final List<LineForm> lines;
    private final OrderTotal total;

    UnitPrices(RequestView application, PriceOverrunPolicy policy, Formats formats) {
        this.lines = application.lines();
        this.total = new OrderTotal(application.total(), policy, formats);
        setPadding(false);
        FormLayout fields = new FormLayout();
        for (int index = 0; index < lines.size(); index++) {
            fields.add(priceField(index, lines.get(index), formats));
        }
        add(new H4(getTranslation("purchase.order.prices")), fields, error, total);
        updateTotal();
    }

    List<BigDecimal> value() {
        return prices.stream().map(BigDecimalField::getValue).toList();
    }

    void show(List<BigDecimal> values) {
        for (int index = 0; index < prices.size() && index < values.size(); index++) {
            prices.get(index).setValue(values.get(index));
        }
    }

    /** The price of one line, or none for an index the application has no line at. */
    BigDecimalField at(int index) {
        return index < prices.size() ? prices.get(index) : null;
    }

    /** A refusal of the prices together, e.g. not one for each line. */
    boolean showError(String message) {
        return error.show(message);
    }

    void clearErrors() {
        prices.forEach(field -> field.setInvalid(false));
        error.clear();
    }

    private BigDecimalField priceField(int index, LineForm line, Formats formats) {
        BigDecimalField price = new BigDecimalField(getTranslation("purchase.order.priceOf", line.description(),
                String.valueOf(line.quantity())));
        price.setId("order-unitPrices-" + index);
        price.setValue(line.estimatedUnitPrice());
        price.setHelperText(getTranslation("purchase.order.estimated",
                formats.money(line.estimatedUnitPrice(), getLocale())));
        price.setValueChangeMode(ValueChangeMode.LAZY);
        price.addValueChangeListener(change -> updateTotal());
        prices.add(price);
        return price;
    }

    private void updateTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int index = 0; index < lines.size(); index++) {
            BigDecimal price = prices.get(index).getValue();
            sum = price == null ? sum : sum.add(price.multiply(BigDecimal.valueOf(lines.get(index).quantity())));
        }
        total.show(sum);
    }
}
