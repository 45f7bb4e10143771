package org.procuredesk.budget.ui;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.function.Predicate;
import org.procuredesk.ui.Find;

/** Reading the budget pages in their tests as a browser test would: grids' rows and cells, texts by id. */
final class BudgetViews {

    private BudgetViews() {
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> rows(Component root, String gridId) {
        Grid<T> grid = Find.byId(root, gridId, Grid.class);
        return grid.getDataProvider().fetch(new Query<>()).toList();
    }

    static <T> T row(Component root, String gridId, Predicate<T> which) {
        return BudgetViews.<T>rows(root, gridId).stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such row in " + gridId));
    }

    /** The component a grid's column shows for the row. */
    @SuppressWarnings("unchecked")
    static <C extends Component> C cell(Component root, String gridId, String columnKey, Object row) {
        Grid<Object> grid = Find.byId(root, gridId, Grid.class);
        return (C) ((ComponentRenderer<?, Object>) grid.getColumnByKey(columnKey).getRenderer()).createComponent(row);
    }

    static String text(Component root, String id) {
        return Find.byId(root, id, HasText.class).getText();
    }

    /** Arriving at {@code budgets/<period>}. */
    static BeforeEnterEvent arrivalAt(String period) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getRouteParameters()).thenReturn(new RouteParameters("period", period));
        return event;
    }
}
