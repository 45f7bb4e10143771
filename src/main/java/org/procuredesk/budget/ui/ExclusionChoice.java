package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.procuredesk.budget.BudgetLineView;
import org.procuredesk.budget.LineState;
import org.procuredesk.system.Formats;

/**
 * The lines of a budget under review, each but the moved ones with a box to leave it out, and the total of those
 * left in against the period's limit, as the boxes are ticked. A refusal of the choice shows under the lines.
 */
class ExclusionChoice extends VerticalLayout {

    private final List<BudgetLineView> lines;
    private final BigDecimal limit;
    private final Set<Long> excluded = new HashSet<>();
    private final TotalAgainstLimit total;
    private final Span error = new Span();

    /** @param limit null when finance set none */
    ExclusionChoice(List<BudgetLineView> lines, BigDecimal limit, Formats formats) {
        this.lines = lines;
        this.limit = limit;
        setPadding(false);
        lines.stream().filter(line -> line.state() == LineState.EXCLUDED).forEach(line -> excluded.add(line.id()));
        BudgetLinesGrid grid = new BudgetLinesGrid("review-lines", formats);
        grid.addComponentColumn(this::box).setHeader(getTranslation("budget.leaveOut")).setKey("leaveOut")
                .setAutoWidth(true).setFlexGrow(0);
        grid.show(lines);
        total = new TotalAgainstLimit("review-included-total", formats);
        error.setId("review-excluded-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Span totalLabel = new Span(getTranslation("budget.includedTotal"));
        totalLabel.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        add(grid, new Span(totalLabel, total), error);
        updateTotal();
    }

    /** The lines ticked to be left out. */
    Set<Long> excluded() {
        return Set.copyOf(excluded);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    private Component box(BudgetLineView line) {
        if (line.state() == LineState.MOVED) {
            return new Span();
        }
        Checkbox box = new Checkbox(excluded.contains(line.id()));
        box.setId("review-leave-out-" + line.id());
        box.setAriaLabel(getTranslation("budget.leaveOut") + " " + line.number());
        box.addValueChangeListener(change -> {
            if (change.getValue()) {
                excluded.add(line.id());
            } else {
                excluded.remove(line.id());
            }
            updateTotal();
        });
        return box;
    }

    private void updateTotal() {
        total.show(lines.stream().filter(line -> line.state() != LineState.MOVED && !excluded.contains(line.id()))
                .map(BudgetLineView::amount).reduce(BigDecimal.ZERO, BigDecimal::add), limit);
    }
}
