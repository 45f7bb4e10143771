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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.procuredesk.purchasing.GoodsReception;
import org.procuredesk.purchasing.PurchaseOrderView;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.purchasing.ReceiptForm;
import org.procuredesk.purchasing.ReceivedItem;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.system.DomainException;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;

/** The warehouse keeper's receipt form, the services stand-ins: a row per unit, the order it is received against. */
class ReceiveGoodsFormTest {

    private final RequestTaskService requestTasks = mock(RequestTaskService.class);
    private final GoodsReception goodsReception = mock(GoodsReception.class);
    private final Purchases purchases = mock(Purchases.class);
    private final PurchaseDocumentLinks links = mock(PurchaseDocumentLinks.class);
    private final AtomicInteger completed = new AtomicInteger();

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();

    @BeforeEach
    void anApplicationOfTwoLaptopsAndThreeToners() {
        when(requestTasks.applicationOf(TASK_ID)).thenReturn(PurchasingViews.application(
                PurchasingViews.line(EquipmentCategory.LAPTOP, "Laptop", 2, "4000.00"),
                PurchasingViews.line(EquipmentCategory.TONER, "Toner", 3, "300.00")));
        when(goodsReception.receiveGoods(eq(TASK_ID), any())).thenReturn("REC-2026-000007");
        when(links.receipt(any(), any())).thenReturn(new Anchor());
    }

    @Test
    void hasOneRowPerUnitOfEachLineEachWithTwentyFourMonthsOfWarrantyReceivedToday() {
        Component form = open();

        for (int item = 0; item < 5; item++) {
            assertThat(warranty(form, item).getValue()).isEqualTo(24);
            assertThat(serial(form, item).getValue()).isEmpty();
        }
        assertThat(serial(form, 0).getLabel()).isEqualTo(form.getTranslation("purchase.receipt.serialNumber"));
        assertThat(serial(form, 2).getLabel()).isEqualTo(form.getTranslation("purchase.receipt.serialNumberOptional"));
        assertThat(Find.byId(form, "receipt-receiptDate", DatePicker.class).getValue()).isEqualTo(TODAY);
        assertThat(Find.byId(form, "receipt-receiptDate", DatePicker.class).getMax()).isEqualTo(TODAY);
        assertThatNoField(form, "receipt-items-5-serialNumber");
    }

    @Test
    void sendsEveryUnitWithItsLineSerialNumberAndWarranty() {
        Component form = open();
        Find.byId(form, "receipt-supplierDocument", TextField.class).setValue("AVZ 1203");
        serial(form, 0).setValue("SN-A");
        serial(form, 1).setValue("SN-B");
        warranty(form, 0).setValue(36);
        Find.byId(form, "receipt-line-0-sameWarranty", Button.class).click();
        warranty(form, 4).setValue(6);

        Find.byId(form, "receipt-receive", Button.class).click();

        ArgumentCaptor<ReceiptForm> receipt = ArgumentCaptor.forClass(ReceiptForm.class);
        verify(goodsReception).receiveGoods(eq(TASK_ID), receipt.capture());
        assertThat(receipt.getValue().supplierDocument()).isEqualTo("AVZ 1203");
        assertThat(receipt.getValue().receiptDate()).isEqualTo(TODAY);
        assertThat(receipt.getValue().items()).containsExactly(new ReceivedItem(0, "SN-A", 36),
                new ReceivedItem(0, "SN-B", 36), new ReceivedItem(1, "", 24), new ReceivedItem(1, "", 24),
                new ReceivedItem(1, "", 6));
    }

    @Test
    void showsARefusalOfOneItemOnItsRowAndOneOfAllItemsUnderThem() {
        when(goodsReception.receiveGoods(eq(TASK_ID), any()))
                .thenThrow(DomainException.ofField("items[1].serialNumber", "receipt.serialTwice", "SN-A"))
                .thenThrow(DomainException.ofField("items[3].warrantyMonths", "validation.warrantyMonths"))
                .thenThrow(DomainException.ofField("items", "receipt.quantityMismatch", "1", "2", "1"));
        Component form = open();

        Find.byId(form, "receipt-receive", Button.class).click();
        assertThat(serial(form, 1).isInvalid()).isTrue();
        assertThat(serial(form, 1).getErrorMessage()).isEqualTo(form.getTranslation("receipt.serialTwice", "SN-A"));
        assertThat(serial(form, 0).isInvalid()).isFalse();

        Find.byId(form, "receipt-receive", Button.class).click();
        assertThat(serial(form, 1).isInvalid()).as("cleared on the next try").isFalse();
        assertThat(warranty(form, 3).isInvalid()).isTrue();

        Find.byId(form, "receipt-receive", Button.class).click();
        assertThat(Find.byId(form, "receipt-items-error", Span.class).getText())
                .isEqualTo(form.getTranslation("receipt.quantityMismatch", "1", "2", "1"));
        assertThat(completed).hasValue(0);
    }

    @Test
    void showsTheOrderInForceAndMarksItLateOnceItsDeliveryDateHasPassed() {
        when(purchases.ordersOf(REQUEST_ID)).thenReturn(List.of(order("PO-1", TODAY.minusDays(9), true),
                order("PO-2", TODAY.minusDays(1), false)));

        Component form = open();

        assertThat(Find.byId(form, "receipt-order-number", Span.class).getText()).isEqualTo("PO-2");
        assertThat(Find.byId(form, "receipt-order-late", Span.class).getText())
                .isEqualTo(form.getTranslation("purchase.order.late"));
    }

    @Test
    void anOrderDueTodayIsNotLate() {
        when(purchases.ordersOf(REQUEST_ID)).thenReturn(List.of(order("PO-2", TODAY, false)));

        Component form = open();

        assertThat(Find.byId(form, "receipt-order-number", Span.class).getText()).isEqualTo("PO-2");
        assertThatNoField(form, "receipt-order-late");
    }

    @Test
    void showsTheReceiptNumberAndItsPrintoutOnceReceivedAndGoesBackWhenAsked() {
        Anchor printout = new Anchor();
        printout.setId("purchase-receipt-pdf");
        when(links.receipt(REQUEST_ID, "REC-2026-000007")).thenReturn(printout);
        Component form = open();

        Find.byId(form, "receipt-receive", Button.class).click();

        assertThat(Find.byId(form, "receipt-done", Paragraph.class).getText())
                .isEqualTo(form.getTranslation("purchase.receipt.done", "REC-2026-000007"));
        assertThat(Find.byId(form, "purchase-receipt-pdf", Anchor.class)).isSameAs(printout);
        assertThat(Find.byId(form, "receipt-receive", Button.class).isVisible()).isFalse();
        assertThat(completed).hasValue(0);
        Find.byId(form, "receipt-done-back", Button.class).click();
        assertThat(completed).hasValue(1);
    }

    private Component open() {
        return new ReceiveGoodsForm(requestTasks, goodsReception, purchases, links, PurchasingViews.FORMATS,
                PurchasingViews.CLOCK).create(PurchasingViews.task(), completed::incrementAndGet);
    }

    private static PurchaseOrderView order(String number, LocalDate expectedDelivery, boolean cancelled) {
        return new PurchaseOrderView(1L, "Alfa Distribution", number, expectedDelivery,
                List.of(new BigDecimal("4000.00"), new BigDecimal("300.00")), new BigDecimal("8900.00"),
                new BigDecimal("8900.00"), "ion.support", PurchasingViews.CLOCK.instant(), cancelled);
    }

    private static TextField serial(Component form, int item) {
        return Find.byId(form, "receipt-items-" + item + "-serialNumber", TextField.class);
    }

    private static IntegerField warranty(Component form, int item) {
        return Find.byId(form, "receipt-items-" + item + "-warrantyMonths", IntegerField.class);
    }

    private static void assertThatNoField(Component form, String id) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Find.byId(form, id, Component.class))
                .isInstanceOf(AssertionError.class);
    }
}
