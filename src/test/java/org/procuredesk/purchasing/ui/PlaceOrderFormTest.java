package org.procuredesk.purchasing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.procuredesk.purchasing.ui.PurchasingViews.REQUEST_ID;
import static org.procuredesk.purchasing.ui.PurchasingViews.TASK_ID;
import static org.procuredesk.purchasing.ui.PurchasingViews.TODAY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.purchasing.OrderForm;
import org.procuredesk.purchasing.OrderPlacement;
import org.procuredesk.purchasing.PurchaseOrderView;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.purchasing.PriceOverrunPolicy;
import org.procuredesk.purchasing.PurchasingProperties;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.system.DomainException;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;

/** IT support's order form, the services stand-ins: prices prefilled, the total against the approved one, refusals on their fields. */
class PlaceOrderFormTest {

    private final RequestTaskService requestTasks = mock(RequestTaskService.class);
    private final OrderPlacement orderPlacement = mock(OrderPlacement.class);
    private final Purchases purchases = mock(Purchases.class);
    private final AtomicInteger completed = new AtomicInteger();

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();
    private Component form;

    @BeforeEach
    void openForm() {
        // approved: 2 × 4,000 + 1 × 1,000 = 9,000; with the 10 % margin, up to 9,900 needs no approval
        when(requestTasks.applicationOf(TASK_ID)).thenReturn(PurchasingViews.application(
                PurchasingViews.line(EquipmentCategory.LAPTOP, "Laptop for the accountants", 2, "4000.00"),
                PurchasingViews.line(EquipmentCategory.MONITOR, "27-inch monitor", 1, "1000.00")));
        form = open();
    }

    @Test
    void prefillsEachLinesPriceWithItsEstimateUnderALabelNamingTheLineAndItsQuantity() {
        BigDecimalField laptops = price(0);
        assertThat(laptops.getValue()).isEqualByComparingTo("4000.00");
        assertThat(laptops.getLabel()).isEqualTo(form.getTranslation("purchase.order.priceOf",
                "Laptop for the accountants", "2"));
        assertThat(price(1).getValue()).isEqualByComparingTo("1000.00");
        assertThat(Find.byId(form, "order-overrun", Span.class).isVisible()).isFalse();
        assertThat(Find.byId(form, "order-expectedDelivery", DatePicker.class).getMin()).isEqualTo(TODAY);
    }

    @Test
    void warnsOverTheApprovedTotalAndSaysTheItHeadMustApproveTheDifferenceOnlyBeyondTheMargin() {
        Span overrun = Find.byId(form, "order-overrun", Span.class);

        price(0).setValue(new BigDecimal("4400.00"));
        assertThat(overrun.isVisible()).isTrue();
        assertThat(overrun.getText()).isEqualTo(form.getTranslation("purchase.order.overWithinMargin"));

        price(0).setValue(new BigDecimal("4500.00"));
        assertThat(overrun.getText()).isEqualTo(form.getTranslation("purchase.order.overMargin"));

        price(1).setValue(new BigDecimal("900.00"));
        assertThat(overrun.getText()).isEqualTo(form.getTranslation("purchase.order.overWithinMargin"));

        price(0).setValue(new BigDecimal("3900.00"));
        assertThat(overrun.isVisible()).isFalse();
    }

    @Test
    void placesTheOrderAsEnteredWithOnePricePerLineAndCompletesTheTask() {
        Find.byId(form, "order-supplier", TextField.class).setValue("Alfa Distribution");
        Find.byId(form, "order-orderNumber", TextField.class).setValue("PO-7781");
        Find.byId(form, "order-expectedDelivery", DatePicker.class).setValue(TODAY.plusDays(10));
        price(1).setValue(new BigDecimal("1100.00"));

        Find.byId(form, "order-place", Button.class).click();

        verify(orderPlacement).placeOrder(TASK_ID, new OrderForm("Alfa Distribution", "PO-7781", TODAY.plusDays(10),
                List.of(new BigDecimal("4000.00"), new BigDecimal("1100.00"))));
        assertThat(completed).hasValue(1);
    }

    @Test
    void showsARefusalOfOneLinesPriceOnThatPriceAndOfTheDeliveryDateOnItsPicker() {
        when(orderPlacement.placeOrder(eq(TASK_ID), any()))
                .thenThrow(DomainException.ofField("unitPrices[1]", "validation.price"))
                .thenThrow(DomainException.ofField("expectedDelivery", "order.deliveryInThePast"))
                .thenThrow(DomainException.ofField("unitPrices", "order.pricePerLine", "2"));

        Find.byId(form, "order-place", Button.class).click();
        assertThat(price(1).isInvalid()).isTrue();
        assertThat(price(1).getErrorMessage()).isEqualTo(form.getTranslation("validation.price"));
        assertThat(price(0).isInvalid()).isFalse();

        Find.byId(form, "order-place", Button.class).click();
        assertThat(price(1).isInvalid()).as("cleared on the next try").isFalse();
        assertThat(Find.byId(form, "order-expectedDelivery", DatePicker.class).isInvalid()).isTrue();

        Find.byId(form, "order-place", Button.class).click();
        assertThat(Find.byId(form, "order-unitPrices-error", Span.class).getText())
                .isEqualTo(form.getTranslation("order.pricePerLine", "2"));
        assertThat(completed).hasValue(0);
    }

    @Test
    void showsEveryInvalidFieldTheValidatorNamesAndLeavesTheTaskOpen() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            when(orderPlacement.placeOrder(eq(TASK_ID), any())).thenAnswer(call -> {
                throw new ConstraintViolationException(factory.getValidator().validate((OrderForm) call.getArgument(1)));
            });
            price(0).setValue(null);

            Find.byId(form, "order-place", Button.class).click();

            assertThat(Find.byId(form, "order-supplier", TextField.class).isInvalid()).isTrue();
            assertThat(Find.byId(form, "order-orderNumber", TextField.class).isInvalid()).isTrue();
            assertThat(Find.byId(form, "order-expectedDelivery", DatePicker.class).isInvalid()).isTrue();
            assertThat(price(0).isInvalid()).isTrue();
            assertThat(price(1).isInvalid()).isFalse();
            assertThat(completed).hasValue(0);
        }
    }

    @Test
    void startsFromTheOrderTheItHeadSentBack() {
        when(purchases.ordersOf(REQUEST_ID)).thenReturn(List.of(new PurchaseOrderView(7L, "Alfa Distribution",
                "PO-7781", TODAY.plusDays(5), List.of(new BigDecimal("5000.00"), new BigDecimal("1000.00")),
                new BigDecimal("11000.00"), new BigDecimal("9000.00"), "ion.support", PurchasingViews.CLOCK.instant(),
                false)));

        form = open();

        assertThat(Find.byId(form, "order-supplier", TextField.class).getValue()).isEqualTo("Alfa Distribution");
        assertThat(Find.byId(form, "order-orderNumber", TextField.class).getValue()).isEqualTo("PO-7781");
        assertThat(Find.byId(form, "order-expectedDelivery", DatePicker.class).getValue()).isEqualTo(TODAY.plusDays(5));
        assertThat(price(0).getValue()).isEqualByComparingTo("5000.00");
        assertThat(Find.byId(form, "order-overrun", Span.class).getText())
                .isEqualTo(form.getTranslation("purchase.order.overMargin"));
    }

    private Component open() {
        return new PlaceOrderForm(requestTasks, orderPlacement, purchases,
                new PriceOverrunPolicy(new PurchasingProperties(new BigDecimal("0.10"), null)), PurchasingViews.FORMATS, PurchasingViews.CLOCK)
                .create(PurchasingViews.task(), completed::incrementAndGet);
    }

    private BigDecimalField price(int line) {
        return Find.byId(form, "order-unitPrices-" + line, BigDecimalField.class);
    }
}
