package org.procuredesk.inventory.count.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.inventory.count.CountLocation;
import org.procuredesk.inventory.count.CountOrder;
import org.procuredesk.inventory.count.CountOrders;
import org.procuredesk.inventory.count.CountState;
import org.procuredesk.inventory.count.CountSummary;
import org.procuredesk.inventory.count.InventoryCounts;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The list of counts, and the IT head's order of a new one whose refusal shows on the place chosen. */
class InventoryCountsViewTest {

    static final CountLocation CLUJ_WAREHOUSE = new CountLocation(HolderKind.WAREHOUSE, 7, "IT warehouse Cluj");
    static final CountSummary ORDERED = new CountSummary("CNT-2026-000002", Holder.warehouse(7), "IT warehouse Cluj",
            CountState.COUNTING, "victor.ithead", "Victor Stan", Instant.parse("2026-11-25T08:00:00Z"), null, null,
            null, null, null, null, null, null);
    static final CountSummary APPROVED = new CountSummary("CNT-2026-000001", Holder.branch(3), "Cluj branch",
            CountState.APPROVED, "victor.ithead", "Victor Stan", Instant.parse("2026-11-20T08:00:00Z"),
            "ion.support", "Ion Marin", Instant.parse("2026-11-21T08:00:00Z"), "victor.ithead", "Victor Stan",
            Instant.parse("2026-11-22T08:00:00Z"), null, "ADJ-2026-000001");

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final InventoryCounts counts = mock(InventoryCounts.class);
    private final CountOrders orders = mock(CountOrders.class);
    private final AuthenticationContext authentication = mock(AuthenticationContext.class);

    @Test
    void listsEveryCountTheLatestFirst() {
        InventoryCountsView view = openAs(false);

        assertThat(grid(view).getDataProvider().fetch(new Query<>()).toList()).containsExactly(ORDERED, APPROVED);
    }

    @Test
    void theItHeadOrdersACountOfTheChosenPlaceAndSeesItListed() {
        InventoryCountsView view = openAs(true);
        when(orders.order(new CountOrder(HolderKind.WAREHOUSE, 7L))).thenReturn(ORDERED);

        location(view).setValue(CLUJ_WAREHOUSE);
        Find.byId(view, "order-count-submit", Button.class).click();

        verify(orders).order(new CountOrder(HolderKind.WAREHOUSE, 7L));
        assertThat(location(view).isInvalid()).isFalse();
    }

    @Test
    void aRefusedOrderIsShownOnThePlaceChosen() {
        InventoryCountsView view = openAs(true);
        when(orders.order(any())).thenThrow(DomainException.ofField("location", "inventoryCount.unknownLocation"));

        location(view).setValue(CLUJ_WAREHOUSE);
        Find.byId(view, "order-count-submit", Button.class).click();

        assertThat(location(view).isInvalid()).isTrue();
        assertThat(location(view).getErrorMessage()).isEqualTo("Choose an existing warehouse or branch to count.");
    }

    @Test
    void readersWhoAreNotTheItHeadSeeNoOrderForm() {
        InventoryCountsView view = openAs(false);

        assertThat(view.getChildren().filter(OrderCountForm.class::isInstance)).isEmpty();
        verify(orders, never()).order(any());
    }

    private InventoryCountsView openAs(boolean itHead) {
        when(counts.list()).thenReturn(List.of(ORDERED, APPROVED));
        when(counts.locations()).thenReturn(List.of(CLUJ_WAREHOUSE));
        when(authentication.hasRole("IT_HEAD")).thenReturn(itHead);
        return new InventoryCountsView(counts, orders, RealTexts.FORMATS, authentication);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CountLocation> location(InventoryCountsView view) {
        return Find.byId(view, "order-count-location", ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<CountSummary> grid(InventoryCountsView view) {
        return Find.byId(view, "inventory-counts-grid", Grid.class);
    }
}
