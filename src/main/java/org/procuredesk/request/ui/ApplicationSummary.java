package org.procuredesk.request.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;

/** The whole application, read only: who asks for what, where, why, by when, and where it stands. */
class ApplicationSummary extends VerticalLayout {

    private final Formats formats;
    private final FormLayout facts = new FormLayout();

    ApplicationSummary(RequestView application, PeopleDirectory people, Formats formats) {
        this.formats = formats;
        setId("application-summary");
        setPadding(false);
        H2 title = new H2(application.number() == null ? getTranslation("request.draftTitle")
                : getTranslation("request.title", application.number()));
        title.setId("application-number");
        fact("application-status", "request.status", getTranslation(application.status().messageKey()));
        fact("application-requester", "request.requester", people.findByUsername(application.requesterUsername())
                .map(PersonSummary::fullName).orElse(application.requesterUsername()));
        fact("application-branch", "request.deliveryBranchId", people.branches().stream()
                .filter(branch -> Objects.equals(branch.id(), application.deliveryBranchId()))
                .map(BranchSummary::name).findFirst().orElse(""));
        fact("application-needed-by", "request.neededBy",
                application.neededBy() == null ? "" : formats.date(application.neededBy(), getLocale()));
        fact("application-urgency", "request.urgency",
                application.urgency() == null ? "" : getTranslation(application.urgency().messageKey()));
        fact("application-created", "request.createdAt", formats.dateTime(application.createdAt(), getLocale()));
        if (application.submittedAt() != null) {
            fact("application-submitted", "request.submittedAt",
                    formats.dateTime(application.submittedAt(), getLocale()));
        }
        Paragraph justification = new Paragraph(application.justification() == null ? "" : application.justification());
        justification.setId("application-justification");
        Span total = new Span(getTranslation("request.totalIs", formats.money(application.total(), getLocale())));
        total.setId("application-total");
        add(title, facts, justification, new LinesGrid(application.lines(), formats), total);
    }

    private void fact(String id, String labelKey, String value) {
        Span text = new Span(value);
        text.setId(id);
        facts.addFormItem(text, getTranslation(labelKey));
    }
}
