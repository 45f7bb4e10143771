package org.procuredesk.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.WarehouseSummary;
import org.procuredesk.stock.RecipientKind;
import org.procuredesk.stock.StockDocumentFilter;
import org.procuredesk.stock.StockDocumentKind;
import org.procuredesk.stock.StockDocumentView;
import org.procuredesk.stock.StockForms;
import org.procuredesk.stock.StockLedger;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.system.ProcureDeskProperties.DemoData;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The view's part only: documents listed with their reversals, filtered, and reversed by those who post stock. */
class StockDocumentsViewTest {

    static final StockDocumentView ISSUE = new StockDocumentView("SOUT-2026-000004", StockDocumentKind.ISSUE,
            LocalDate.of(2026, 11, 20), 7L, "IT warehouse Cluj", null, null, RecipientKind.EMPLOYEE, "ana.requester",
            null, null, "Printer ran out", "george.warehouse", Instant.parse("2026-11-20T09:00:00Z"),
            List.of(new StockDocumentView.Line("TON-59A", "Toner HP 59A", "pcs", 2)));
    static final StockDocumentView REVERSED_RECEIPT = new StockDocumentView("SIN-2026-000002",
            StockDocumentKind.RECEIPT, LocalDate.of(2026, 11, 19), null, null, 7L, "IT warehouse Cluj", null, null,
            null, "SREV-2026-000001", "Delivery", "george.warehouse", Instant.parse("2026-11-19T09:00:00Z"),
            List.of(new StockDocumentView.Line("TON-59A", "Toner HP 59A", "pcs", 10)));

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final StockLedger ledger = mock(StockLedger.class);
    private final PeopleDirectory warehouses = mock(PeopleDirectory.class);
    private final AuthenticationContext authentication = mock(AuthenticationContext.class);

    @Test
    void listsTheDocumentsWithTheirReversalsAndAsksAgainWhenAFilterChanges() {
        StockDocumentsView view = openAs(false);

        assertThat(rows(view)).containsExactly(ISSUE, REVERSED_RECEIPT);
        assertThat(grid(view).getColumns()).hasSize(9);
    }

    @Test
    void anyFilterAsksTheLedgerForThoseDocumentsOnly() {
        StockDocumentsView view = openAs(false);

        kindFilter(view).setValue(StockDocumentKind.ISSUE);
        warehouseFilter(view).setValue(7L);

        verify(ledger).documents(new StockDocumentFilter(StockDocumentKind.ISSUE, null, null, null));
        verify(ledger).documents(new StockDocumentFilter(StockDocumentKind.ISSUE, null, null, 7L));
    }

    @Test
    void theKeeperReversesADocumentWithAReasonAndARefusalShowsOnTheReason() {
        StockDocumentsView view = openAs(true);
        doThrow(new DomainException("stock.notEnough", "Toner HP 59A", "IT warehouse Cluj", 0, 2))
                .when(ledger).reverse(eq(ISSUE.number()), any());

        reverseButton(view, ISSUE).click();
        ReversalDialog dialog = Find.byId(ui.answered(), "stock-reversal", ReversalDialog.class);
        Find.byId(dialog, "stock-reversal-reason", TextArea.class).setValue("Issued to the wrong person");
        Find.byId(dialog, "stock-reversal-save", Button.class).click();

        TextArea reason = Find.byId(dialog, "stock-reversal-reason", TextArea.class);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Not enough Toner HP 59A in IT warehouse Cluj: 0 left, 2 asked.");
        assertThat(dialog.isOpened()).isTrue();
        verify(ledger).reverse(ISSUE.number(), new StockForms.Reversal("Issued to the wrong person"));
    }

    @Test
    void aReversedDocumentSaysByWhichAndCannotBeReversedAgain() {
        StockDocumentsView view = openAs(true);

        assertThat(stateOf(view, REVERSED_RECEIPT).getChildren()).singleElement()
                .satisfies(text -> assertThat(text.getElement().getText()).isEqualTo("Reversed by SREV-2026-000001"));
    }

    @Test
    void readersWhoDoNotPostStockCannotReverse() {
        StockDocumentsView view = openAs(false);

        assertThat(stateOf(view, ISSUE).getChildren()).isEmpty();
    }

    private StockDocumentsView openAs(boolean poster) {
        when(ledger.documents(any())).thenReturn(List.of(ISSUE, REVERSED_RECEIPT));
        when(warehouses.warehouses()).thenReturn(List.of(new WarehouseSummary(7L, "CLJ", "IT warehouse Cluj", 1L,
                "Cluj", 0)));
        when(authentication.hasAnyRole("WAREHOUSE", "IT_SUPPORT")).thenReturn(poster);
        StockDocumentsView view = new StockDocumentsView(ledger, warehouses, new Formats(new ProcureDeskProperties(
                Currency.getInstance("RON"), ZoneId.of("Europe/Bucharest"), new DemoData(false, "x"),
                new FirstAdministrator(null, null, "A", null))), authentication);
        return view;
    }

    @SuppressWarnings("unchecked")
    private static Grid<StockDocumentView> grid(StockDocumentsView view) {
        return Find.byId(view, "stock-documents", Grid.class);
    }

    private static List<StockDocumentView> rows(StockDocumentsView view) {
        return grid(view).getDataProvider().fetch(new Query<>()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Component stateOf(StockDocumentsView view, StockDocumentView document) {
        return ((ComponentRenderer<?, StockDocumentView>) grid(view).getColumnByKey("state").getRenderer())
                .createComponent(document);
    }

    private static Button reverseButton(StockDocumentsView view, StockDocumentView document) {
        return Find.byId(stateOf(view, document), "stock-documents-reverse-" + document.number(), Button.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<StockDocumentKind> kindFilter(StockDocumentsView view) {
        return Find.byId(view, "stock-documents-kind", ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Long> warehouseFilter(StockDocumentsView view) {
        return Find.byId(view, "stock-documents-warehouse", ComboBox.class);
    }
}
