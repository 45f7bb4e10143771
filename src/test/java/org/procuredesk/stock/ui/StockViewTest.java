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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final StockLevels levels = mock(StockLevels.class);
    private final StockLedger ledger = mock(StockLedger.class);
    private final AuthenticationContext keeper = mock(AuthenticationContext.class);

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
    void readersWhoDoNotIssueSeeNoIssueForm() {
        StockView view = openAs(false);

        assertThat(view.getChildren().filter(IssueForm.class::isInstance)).isEmpty();
        verify(ledger, never()).issue(any());
    }

    private StockView openAs(boolean issuer) {
        when(levels.levels(null)).thenReturn(List.of(LOW_TONER, PAPER));
        when(keeper.hasAnyRole("WAREHOUSE", "IT_SUPPORT")).thenReturn(issuer);
        return new StockView(levels, ledger, keeper);
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
