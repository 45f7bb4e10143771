package org.procuredesk.repair.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.procuredesk.people.Role;
import org.procuredesk.repair.RepairCases;
import org.procuredesk.repair.RepairDocuments;
import org.procuredesk.repair.RepairView;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.AuditLink;
import org.procuredesk.system.ui.RecordRefusal;

/** One repair case: its facts and its timeline. Whoever may not see it is told it does not exist. */
@Route("repairs/:id([0-9]+)")
@PermitAll
public class RepairCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RepairCases cases;
    private final RepairDocuments documents;
    private final Formats formats;
    private final boolean auditor;
    private String title = "";

    public RepairCaseView(RepairCases cases, RepairDocuments documents, Formats formats,
                          AuthenticationContext authentication) {
        this.documents = documents;
        this.cases = cases;
        this.formats = formats;
        this.auditor = authentication.hasAnyRole(Role.AUDITOR.name(), Role.IT_HEAD.name());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow();
        title = getTranslation("nav.repairs");
        RecordRefusal.showOrRefuse(this, "repair-refused", () -> show(cases.get(id)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(RepairView repair) {
        title = getTranslation("repair.title", repair.number());
        add(new H2(title), new RepairFacts(repair, documents, formats));
        if (auditor) {
            add(AuditLink.to(repair.number()));
        }
        add(new H3(getTranslation("timeline.title")), new RepairTimeline(cases.timeline(repair.id()), formats));
    }
}
