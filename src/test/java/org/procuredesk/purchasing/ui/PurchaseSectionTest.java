package org.procuredesk.purchasing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.procuredesk.purchasing.ui.PurchasingViews.REQUEST_ID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.purchasing.GoodsReceiptView;
import org.procuredesk.purchasing.HandoverView;
import org.procuredesk.purchasing.PurchaseOrderView;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.purchasing.ReceiptItem;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;

/** The purchase on an application's page, the services stand-ins: shown once there is one, documents once they exist. */
class PurchaseSectionTest {

    private final Purchases purchases = mock(Purchases.class);
    private final PurchaseDocumentLinks links = mock(PurchaseDocumentLinks.class);
    private final PeopleDirectory people = mock(PeopleDirectory.class);

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();
    private final PurchaseSection section = new PurchaseSection(purchases, links, people, PurchasingViews.FORMATS);

    @BeforeEach
    void nothingYet() {
        when(purchases.ordersOf(REQUEST_ID)).thenReturn(List.of());
        when(purchases.receiptOf(REQUEST_ID)).thenReturn(Optional.empty());
        when(purchases.handoverOf(REQUEST_ID)).thenReturn(Optional.empty());
        when(people.nameOf(any())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void belongsOnThePageOfAnApplication() {
        assertThat(section.handles(ApplicationToItProcess.KEY)).isTrue();
        assertThat(section.handles("weeklyBudget")).isFalse();
    }

    @Test
    void isHiddenWhileNothingIsOrderedOrHandedOver() {
        assertThat(section.create(REQUEST_ID).isVisible()).isFalse();
        verify(links, never()).receipt(any(), any());
        verify(links, never()).handover(any(), any());
    }

    @Test
    void showsEveryOrderWithoutDocumentsToDownloadBeforeTheGoodsArrive() {
        List<PurchaseOrderView> orders = List.of(order("PO-1", true), order("PO-2", false));
        when(purchases.ordersOf(REQUEST_ID)).thenReturn(orders);

        Component shown = section.create(REQUEST_ID);

        assertThat(shown.isVisible()).isTrue();
        assertThat(Find.byId(shown, "purchase-orders", Grid.class).getGenericDataView().getItems())
                .containsExactlyElementsOf(orders);
        verify(links, never()).receipt(any(), any());
        verify(links, never()).handover(any(), any());
    }

    @Test
    void showsTheReceiptAndTheHandoverEachWithItsDocument() {
        when(purchases.ordersOf(REQUEST_ID)).thenReturn(List.of(order("PO-2", false)));
        ReceiptItem item = new ReceiptItem(0, "Laptop", "SN-1", 24, new BigDecimal("4100.00"), "INV-000031");
        when(purchases.receiptOf(REQUEST_ID)).thenReturn(Optional.of(new GoodsReceiptView("REC-2026-000007",
                REQUEST_ID, "Alfa Distribution", "AVZ 1203", PurchasingViews.TODAY, "Cluj IT warehouse",
                "george.warehouse", "George Lazar", PurchasingViews.CLOCK.instant(), List.of(item))));
        when(purchases.handoverOf(REQUEST_ID)).thenReturn(Optional.of(new HandoverView("MOV-2026-000003",
                "ion.support", "Ion Marin", PurchasingViews.CLOCK.instant(), null, PurchasingViews.CLOCK.instant(),
                true)));
        Anchor receiptPdf = new Anchor();
        receiptPdf.setId("purchase-receipt-pdf");
        Anchor handoverPdf = new Anchor();
        handoverPdf.setId("purchase-handover-pdf");
        when(links.receipt(REQUEST_ID, "REC-2026-000007")).thenReturn(receiptPdf);
        when(links.handover(REQUEST_ID, "MOV-2026-000003")).thenReturn(handoverPdf);

        Component shown = section.create(REQUEST_ID);

        assertThat(Find.byId(shown, "purchase-receipt-number", Span.class).getText()).isEqualTo("REC-2026-000007");
        assertThat(Find.byId(shown, "purchase-receipt-items", Grid.class).getGenericDataView().getItems())
                .containsExactly(item);
        assertThat(Find.byId(shown, "handover-movementNumber", Span.class).getText()).isEqualTo("MOV-2026-000003");
        assertThat(Find.byId(shown, "handover-confirmed", Span.class).getText())
                .isEqualTo(shown.getTranslation("purchase.handover.confirmedAutomatically"));
        assertThat(Find.byId(shown, "purchase-receipt-pdf", Anchor.class)).isSameAs(receiptPdf);
        assertThat(Find.byId(shown, "purchase-handover-pdf", Anchor.class)).isSameAs(handoverPdf);
    }

    private static PurchaseOrderView order(String number, boolean cancelled) {
        return new PurchaseOrderView(1L, "Alfa Distribution", number, PurchasingViews.TODAY,
                List.of(new BigDecimal("4100.00")), new BigDecimal("4100.00"), new BigDecimal("4000.00"),
                "ion.support", PurchasingViews.CLOCK.instant(), cancelled);
    }
}
