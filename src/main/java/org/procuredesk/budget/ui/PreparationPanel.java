package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.procuredesk.budget.BudgetDetail;
import org.procuredesk.budget.BudgetLineView;
import org.procuredesk.budget.LineState;
import org.procuredesk.notification.Links;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.system.ui.PageLink;

/**
 * A draft budget as IT support prepares it: its summary and lines, each included line movable to the next
 * period with a reason, and the applications approved since it opened to take in. It shows the budget anew after
 * each change.
 */
class PreparationPanel extends VerticalLayout {

    private final Supplier<BudgetDetail> budget;
    private final Formats formats;
    private final UnaryOperator<String> nameOf;
    private final BudgetLinesGrid lines;
    private final VerticalLayout summary = new VerticalLayout();

    /**
     * @param budget  reads the budget as it is now
     * @param move    moves a line (by id) to the next period, with a reason
     * @param takeIn  takes in the applications waiting since the draft opened; says how many
     */
    PreparationPanel(Supplier<BudgetDetail> budget, BiConsumer<Long, String> move, IntSupplier takeIn,
                     Formats formats, UnaryOperator<String> nameOf) {
        this.budget = budget;
        this.formats = formats;
        this.nameOf = nameOf;
        setPadding(false);
        summary.setPadding(false);
        lines = new BudgetLinesGrid("prepare-lines", formats);
        lines.addComponentColumn(line -> moveButton(line, move)).setKey("move").setAutoWidth(true).setFlexGrow(0);
        Button takeInButton = new Button(getTranslation("budget.takeIn"), click -> {
            FormSubmission.notifySuccess(getTranslation("budget.takenIn", takeIn.getAsInt()));
            refresh();
        });
        takeInButton.setId("prepare-take-in");
        add(summary, lines, takeInButton);
        refresh();
    }

    private void refresh() {
        BudgetDetail now = budget.get();
        summary.removeAll();
        summary.add(PageLink.to("prepare-budget-page", Links.budget(now.summary().period()), now.summary().period()),
                new BudgetFacts(now.summary(), formats, nameOf));
        lines.show(now.lines());
    }

    private Component moveButton(BudgetLineView line, BiConsumer<Long, String> move) {
        if (line.state() != LineState.INCLUDED) {
            return new Span();
        }
        Button button = new Button(getTranslation("budget.move"), click -> new MoveLineDialog(line,
                reason -> move.accept(line.id(), reason), this::refresh).open());
        button.setId("prepare-move-" + line.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
