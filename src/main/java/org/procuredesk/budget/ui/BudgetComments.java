package org.procuredesk.budget.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.procuredesk.budget.BudgetCommentView;
import org.procuredesk.system.Formats;

/** What was said about a budget, oldest first: who, when, and what. */
class BudgetComments extends VerticalLayout {

    BudgetComments(List<BudgetCommentView> comments, Formats formats) {
        setId("budget-comments");
        setPadding(false);
        setSpacing(false);
        if (comments.isEmpty()) {
            add(new Paragraph(getTranslation("budget.noComments")));
        }
        for (BudgetCommentView comment : comments) {
            Span who = new Span(getTranslation("budget.atBy", formats.dateTime(comment.writtenAt(), getLocale()),
                    comment.authorName()));
            who.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("margin-inline-end", "var(--lumo-space-s)");
            add(new Paragraph(who, new Span(comment.text())));
        }
    }
}
