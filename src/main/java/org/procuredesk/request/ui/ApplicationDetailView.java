package org.procuredesk.request.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.Role;
import org.procuredesk.request.ApplicationTimeline;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.AuditLink;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.system.ui.RecordRefusal;
import org.procuredesk.system.ui.RecordSection;

/**
 * One application: what it asks for, the decisions on it and its history. Its requester may withdraw it
 * while nothing is ordered, or take up a draft again. Whoever may not read it is told it does not exist.
 */
@Route("applications/:id([0-9]+)")
@PermitAll
public class ApplicationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PurchaseRequestService requests;
    private final ApplicationTimeline timeline;
    private final PeopleDirectory people;
    private final Formats formats;
    private final List<RecordSection> sections;
    private final String reader;
    private final boolean auditor;
    private String title = "";

    public ApplicationDetailView(PurchaseRequestService requests, ApplicationTimeline timeline, PeopleDirectory people,
                                 Formats formats, List<RecordSection> sections, AuthenticationContext authentication) {
        this.requests = requests;
        this.timeline = timeline;
        this.people = people;
        this.formats = formats;
        this.sections = sections;
        this.reader = authentication.getPrincipalName().orElseThrow();
        this.auditor = authentication.hasAnyRole(Role.AUDITOR.name(), Role.IT_HEAD.name());
    }

    static String path(Long id) {
        return "applications/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().getLong("id").orElseThrow());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void open(Long id) {
        RecordRefusal.showOrRefuse(this, "application-refused", () -> show(requests.get(id)));
    }

    private void show(RequestView application) {
        title = application.number() == null ? getTranslation("request.draftTitle")
                : getTranslation("request.title", application.number());
        add(new ApplicationSummary(application, people, formats), new RequesterActions(application,
                application.requesterUsername().equals(reader), () -> withdraw(application)));
        if (auditor && application.number() != null) {
            add(AuditLink.to(application.number()));
        }
        sections.stream().filter(section -> section.handles(ApplicationToItProcess.KEY))
                .forEach(section -> add(section.create(application.id())));
        add(new H3(getTranslation("timeline.title")), new TimelineGrid(timeline.of(application.id()), formats));
    }

    private void withdraw(RequestView application) {
        requests.withdraw(application.id());
        FormSubmission.notifySuccess(getTranslation("request.withdrawn", application.number()));
        open(application.id());
    }
}
