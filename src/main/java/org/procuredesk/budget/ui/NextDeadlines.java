package org.procuredesk.budget.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.procuredesk.budget.BudgetDashboard.NextDeadline;
import org.procuredesk.system.Formats;

/** The next weekly and monthly deadlines: which budget is due when, and how long is left. */
class NextDeadlines extends VerticalLayout {

    private final Formats formats;

    NextDeadlines(Formats formats) {
        this.formats = formats;
        setId("next-deadlines");
        setPadding(false);
        setSpacing(false);
    }

    void show(List<NextDeadline> deadlines) {
        removeAll();
        for (NextDeadline next : deadlines) {
            Paragraph deadline = new Paragraph(getTranslation("budget.nextDeadline",
                    getTranslation(next.kind().messageKey()), next.period(),
                    formats.dateTime(next.deadline(), getLocale()), timeLeft(next.timeLeft())));
            deadline.setId("next-deadline-" + next.kind().name().toLowerCase(Locale.ROOT));
            add(deadline);
        }
    }

    private String timeLeft(Duration left) {
        return getTranslation("budget.timeLeft", left.toDays(), left.toHoursPart(), left.toMinutesPart());
    }
}
