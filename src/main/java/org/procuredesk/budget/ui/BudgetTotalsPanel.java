package org.procuredesk.budget.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.procuredesk.budget.BudgetTotals;
import org.procuredesk.system.Formats;

/** What the included lines add up to by category (or source) and by department, and how many lines are where. */
class BudgetTotalsPanel extends VerticalLayout {

    private final Formats formats;

    BudgetTotalsPanel(BudgetTotals totals, Formats formats) {
        this.formats = formats;
        setPadding(false);
        Paragraph counts = new Paragraph(getTranslation("budget.lineCounts", totals.includedLines(),
                totals.movedLines(), totals.excludedLines()));
        counts.setId("budget-line-counts");
        HorizontalLayout tables = new HorizontalLayout(
                table("budget-by-category", "budget.category", totals.byCategory(),
                        category -> getTranslation(category)),
                table("budget-by-department", "budget.department", totals.byDepartment(), Function.identity()));
        tables.setWidthFull();
        add(counts, tables);
    }

    private <K> Grid<Map.Entry<K, BigDecimal>> table(String id, String headerKey, Map<K, BigDecimal> amounts,
                                                     Function<K, String> label) {
        Grid<Map.Entry<K, BigDecimal>> table = new Grid<>();
        table.setId(id);
        table.setAllRowsVisible(true);
        table.addColumn(entry -> label.apply(entry.getKey())).setHeader(getTranslation(headerKey)).setKey("name");
        table.addColumn(entry -> formats.money(entry.getValue(), getLocale()))
                .setHeader(getTranslation("budget.amount")).setKey("amount").setTextAlign(ColumnTextAlign.END);
        table.setItems(List.copyOf(amounts.entrySet()));
        return table;
    }
}
