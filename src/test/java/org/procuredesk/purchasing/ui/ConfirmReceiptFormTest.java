package org.procuredesk.purchasing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.procuredesk.purchasing.ui.PurchasingViews.REQUEST_ID;
import static org.procuredesk.purchasing.ui.PurchasingViews.TASK_ID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.inventory.MovementLine;
import org.procuredesk.purchasing.HandoverView;
import org.procuredesk.purchasing.Handovers;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;

/** The requester's confirmation, the services stand-ins: who handed what over, and the button that confirms it. */
class ConfirmReceiptFormTest {

    private final RequestTaskService requestTasks = mock(RequestTaskService.class);
    private final Handovers handovers = mock(Handovers.class);
    private final Purchases purchases = mock(Purchases.class);
    private final AtomicInteger completed = new AtomicInteger();

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();
    private final MovementLine laptop = new MovementLine("INV-000031", "SN-1", EquipmentCategory.LAPTOP, "T14", "Laptop");
    private Component form;

    @BeforeEach
    void openForm() {
        when(requestTasks.applicationOf(TASK_ID)).thenReturn(PurchasingViews.application(
                PurchasingViews.line(EquipmentCategory.LAPTOP, "Laptop", 1, "4000.00")));
        when(purchases.handoverOf(REQUEST_ID)).thenReturn(Optional.of(new HandoverView("MOV-2026-000003",
                "ion.support", "Ion Marin", PurchasingViews.CLOCK.instant(), null, null, false)));
        when(purchases.handoverMovementOf(REQUEST_ID)).thenReturn(Optional.of(new MovementDocumentView(
                "MOV-2026-000003", PurchasingViews.TODAY, Holder.warehouse(1), "Cluj IT warehouse",
                Holder.employee("ana.requester"), "Ana Popescu", "Application to IT APP-2026-000042", "ion.support",
                "Ion Marin", PurchasingViews.CLOCK.instant(), List.of(laptop))));
        form = new ConfirmReceiptForm(requestTasks, handovers, purchases, PurchasingViews.FORMATS)
                .create(PurchasingViews.task(), completed::incrementAndGet);
    }

    @Test
    void showsWhoHandedOverWhatUnderWhichDocument() {
        assertThat(Find.byId(form, "handover-movementNumber", Span.class).getText()).isEqualTo("MOV-2026-000003");
        assertThat(Find.byId(form, "handover-by", Span.class).getText()).isEqualTo("Ion Marin");
        assertThat(Find.byId(form, "handover-items", Grid.class).getGenericDataView().getItems()).containsExactly(laptop);
    }

    @Test
    void confirmsTheReceiptAndCompletesTheTask() {
        Find.byId(form, "confirm-received", Button.class).click();

        verify(handovers).confirmReceipt(TASK_ID);
        assertThat(completed).hasValue(1);
    }
}
