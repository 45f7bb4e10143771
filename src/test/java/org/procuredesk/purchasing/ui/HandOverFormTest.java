package org.procuredesk.purchasing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.procuredesk.purchasing.ui.PurchasingViews.REQUEST_ID;
import static org.procuredesk.purchasing.ui.PurchasingViews.TASK_ID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.purchasing.GoodsReceiptView;
import org.procuredesk.purchasing.Handovers;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.purchasing.ReceiptItem;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.system.DomainException;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;

/** IT support's handover form, the services stand-ins: what is handed over, and the movement document it is under. */
class HandOverFormTest {

    private final RequestTaskService requestTasks = mock(RequestTaskService.class);
    private final Handovers handovers = mock(Handovers.class);
    private final Purchases purchases = mock(Purchases.class);
    private final PurchaseDocumentLinks links = mock(PurchaseDocumentLinks.class);
    private final AtomicInteger completed = new AtomicInteger();

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();
    private final LineForm laptop = PurchasingViews.line(EquipmentCategory.LAPTOP, "Laptop", 1, "4000.00");

    @BeforeEach
    void anApplicationForOneLaptop() {
        when(requestTasks.applicationOf(TASK_ID)).thenReturn(PurchasingViews.application(laptop));
        when(links.handover(any(), any())).thenReturn(new Anchor());
    }

    @Test
    void listsTheItemsReceivedForTheApplicationByInventoryNumber() {
        ReceiptItem received = new ReceiptItem(0, "Laptop", "SN-1", 24, new BigDecimal("4100.00"), "INV-000031");
        when(purchases.receiptOf(REQUEST_ID)).thenReturn(Optional.of(new GoodsReceiptView("REC-2026-000007",
                REQUEST_ID, "Alfa Distribution", "AVZ 1203", PurchasingViews.TODAY, "Cluj IT warehouse",
                "george.warehouse", "George Lazar", PurchasingViews.CLOCK.instant(), List.of(received))));

        Component form = open();

        assertThat(items(form, "handover-items").getGenericDataView().getItems()).containsExactly(received);
    }

    @Test
    void listsTheApplicationsLinesWhenItsItemsWereTakenFromStock() {
        when(purchases.receiptOf(REQUEST_ID)).thenReturn(Optional.empty());

        Component form = open();

        assertThat(items(form, "handover-lines").getGenericDataView().getItems()).containsExactly(laptop);
    }

    @Test
    void showsTheMovementDocumentAndItsPrintoutOnceHandedOverAndGoesBackWhenAsked() {
        when(handovers.handOver(TASK_ID, "Installed, with docking station")).thenReturn("MOV-2026-000003");
        Anchor printout = new Anchor();
        when(links.handover(REQUEST_ID, "MOV-2026-000003")).thenReturn(printout);
        Component form = open();
        Find.byId(form, "handover-note", TextArea.class).setValue("Installed, with docking station");

        Find.byId(form, "handover-submit", Button.class).click();

        assertThat(Find.byId(form, "handover-done", Paragraph.class).getText())
                .isEqualTo(form.getTranslation("purchase.handover.done", "MOV-2026-000003"));
        assertThat(form.getChildren().flatMap(Component::getChildren)).contains(printout);
        assertThat(Find.byId(form, "handover-submit", Button.class).isVisible()).isFalse();
        assertThat(completed).hasValue(0);
        Find.byId(form, "handover-done-back", Button.class).click();
        assertThat(completed).hasValue(1);
    }

    @Test
    void showsATooLongNoteOnTheNoteAndPassesOtherRefusalsOn() {
        when(handovers.handOver(any(), any()))
                .thenThrow(DomainException.ofField("note", "validation.tooLong"))
                .thenThrow(new DomainException("stock.nothingReserved"));
        Component form = open();

        Find.byId(form, "handover-submit", Button.class).click();
        assertThat(Find.byId(form, "handover-note", TextArea.class).isInvalid()).isTrue();

        assertThatThrownBy(() -> Find.byId(form, "handover-submit", Button.class).click())
                .isInstanceOf(DomainException.class);
        assertThat(Find.byId(form, "handover-note", TextArea.class).isInvalid()).isFalse();
        assertThat(completed).hasValue(0);
    }

    private Component open() {
        return new HandOverForm(requestTasks, handovers, purchases, links, PurchasingViews.FORMATS)
                .create(PurchasingViews.task(), completed::incrementAndGet);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> items(Component form, String id) {
        return Find.byId(form, id, Grid.class);
    }
}
