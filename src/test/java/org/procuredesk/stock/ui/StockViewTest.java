package org.procuredesk.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.WarehouseSummary;
import org.procuredesk.stock.ConsumableCatalogue;
import org.procuredesk.stock.ConsumableSummary;
import org.procuredesk.stock.RecipientKind;
import org.procuredesk.stock.StockForms;
import org.procuredesk.stock.StockLedger;
import org.procuredesk.stock.StockLevel;
import org.procuredesk.stock.StockLevels;
import org.procuredesk.system.DomainException;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The view's part only: levels with the low ones marked, and an issue whose refusals show on its fields. */
class StockViewTest {

    static final StockLevel LOW_TONER = new StockLevel("TON-59A", "Toner HP 59A", "pcs", 7, "IT warehouse Cluj", 2,
            5, 20, true);
    static final StockLevel PAPER = new StockLevel("PAP-A4", "Paper A4", "ream", 7, "IT warehouse Cluj", 40, 10, 80,
            false);

    static final ConsumableSummary TONER_ITEM = new ConsumableSummary(3L, 0L, "TON-59A", "Toner HP 59A", "pcs", null, 5,
            20, 10, null, 1, new BigDecimal("250.00"), true);
    static final WarehouseSummary CLUJ = new WarehouseSummary(7L, "CLJ", "IT warehouse Cluj", 1L, "Cluj", 0);
    static final WarehouseSummary BRASOV = new WarehouseSummary(8L, "BRV", "IT warehouse Brasov", 2L, "Brasov", 0);

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final StockLevels levels = mock(StockLevels.class);
    private final StockLedger ledger = mock(StockLedger.class);
    private final AuthenticationContext keeper = mock(AuthenticationContext.class);
    private final ConsumableCatalogue catalogue = mock(ConsumableCatalogue.class);
    private final PeopleDirectory warehouses = mock(PeopleDirectory.class);

    @Test
    void listsTheLevelsAndMarksThoseAtOrBelowTheReorderPoint() {
        StockView view = openAs(true);

        Grid<StockLevel> grid = grid(view);
        assertThat(grid.getDataProvider().fetch(new Query<>()).toList()).containsExactly(LOW_TONER, PAPER);
        assertThat(grid.getPartNameGenerator().apply(LOW_TONER)).isEqualTo(StockView.LOW);
        assertThat(grid.getPartNameGenerator().apply(PAPER)).isNull();
    }

    @Test
    void issuesTheChosenConsumableFromItsWarehouse() {
        StockView view = openAs(true);

        fill(view, LOW_TONER, "ana.requester", 2);
        Find.byId(view, "stock-issue-save", Button.class).click();

        verify(ledger).issue(new StockForms.Issue(7L, RecipientKind.EMPLOYEE, "ana.requester",
                List.of(new StockForms.Line("TON-59A", 2)), null));
    }

    @Test
    void showsNotEnoughStockOnTheQuantityAndAnUnknownRecipientOnItsField() {
        StockView view = openAs(true);
        doThrow(new DomainException("stock.notEnough", "Toner HP 59A", "IT warehouse Cluj", 2, 3))
                .when(ledger).issue(any());

        fill(view, LOW_TONER, "ana.requester", 3);
        Find.byId(view, "stock-issue-save", Button.class).click();

        IntegerField quantity = Find.byId(view, "stock-issue-quantity", IntegerField.class);
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("Not enough Toner HP 59A in IT warehouse Cluj: 2 left, 3 asked.");

        doThrow(DomainException.ofField("recipientReference", "stock.unknownRecipient.EMPLOYEE", "nobody"))
                .when(ledger).issue(any());
        Find.byId(view, "stock-issue-save", Button.class).click();

        TextField recipient = Find.byId(view, "stock-issue-recipient", TextField.class);
        assertThat(recipient.isInvalid()).isTrue();
        assertThat(quantity.isInvalid()).isFalse();
    }

    @Test
    void receivesTheChosenConsumableAtTheChosenWarehouse() {
        StockView view = openAs(true);

        Find.byId(view, "stock-receipt-warehouse", ComboBox.class).setValue(CLUJ.id());
        Find.byId(view, "stock-receipt-item", ComboBox.class).setValue(TONER_ITEM);
        Find.byId(view, "stock-receipt-quantity", IntegerField.class).setValue(12);
        Find.byId(view, "stock-receipt-reason", TextField.class).setValue("Delivery 4711");
        Find.byId(view, "stock-receipt-save", Button.class).click();

        verify(ledger).receive(new StockForms.Receipt(7L, List.of(new StockForms.Line("TON-59A", 12)),
                "Delivery 4711"));
    }

    @Test
    void transfersFromTheWarehouseHoldingItAndShowsTheSameWarehouseOnTheDestination() {
        StockView view = openAs(true);
        doThrow(DomainException.ofField("toWarehouseId", "stock.sameWarehouse")).when(ledger).transfer(any());

        Find.byId(view, "stock-transfer-item", ComboBox.class).setValue(PAPER);
        Find.byId(view, "stock-transfer-to", ComboBox.class).setValue(CLUJ.id());
        Find.byId(view, "stock-transfer-quantity", IntegerField.class).setValue(5);
        Find.byId(view, "stock-transfer-save", Button.class).click();

        verify(ledger).transfer(new StockForms.Transfer(7L, 7L, List.of(new StockForms.Line("PAP-A4", 5)), ""));
        ComboBox<?> to = Find.byId(view, "stock-transfer-to", ComboBox.class);
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("A transfer moves stock between two different warehouses.");
    }

    @Test
    void readersWhoDoNotPostStockSeeNoForms() {
        StockView view = openAs(false);

        assertThat(view.getChildren().filter(StockDocumentForm.class::isInstance)).isEmpty();
        verify(ledger, never()).issue(any());
    }

    private StockView openAs(boolean issuer) {
        when(levels.levels(null)).thenReturn(List.of(LOW_TONER, PAPER));
        when(keeper.hasAnyRole("WAREHOUSE", "IT_SUPPORT")).thenReturn(issuer);
        when(catalogue.list()).thenReturn(List.of(TONER_ITEM));
        when(warehouses.warehouses()).thenReturn(List.of(CLUJ, BRASOV));
        return new StockView(levels, ledger, catalogue, warehouses, keeper);
    }

    @SuppressWarnings("unchecked")
    private static void fill(StockView view, StockLevel level, String username, int quantity) {
        Find.byId(view, "stock-issue-item", ComboBox.class).setValue(level);
        Find.byId(view, "stock-issue-recipient-kind", ComboBox.class).setValue(RecipientKind.EMPLOYEE);
        Find.byId(view, "stock-issue-recipient", TextField.class).setValue(username);
        Find.byId(view, "stock-issue-quantity", IntegerField.class).setValue(quantity);
    }

    @SuppressWarnings("unchecked")
    private static Grid<StockLevel> grid(StockView view) {
        return Find.byId(view, "stock-levels", Grid.class);
    }
}
