package org.procuredesk.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.RecordSection;

/** On an application's page: the approval decisions recorded on it, who gave each, when, on what amount, why. */
@SpringComponent
class DecisionsSection implements RecordSection {

    private final ApprovalService approvals;
    private final Formats formats;
    private final PeopleDirectory people;

    DecisionsSection(ApprovalService approvals, Formats formats, PeopleDirectory people) {
        this.approvals = approvals;
        this.formats = formats;
        this.people = people;
    }

    @Override
    public boolean handles(String recordType) {
        return ApplicationToItProcess.KEY.equals(recordType);
    }

    @Override
    public Component create(Long recordId) {
        DecisionsGrid grid = new DecisionsGrid(approvals.decisionsOn(recordId), formats, people::nameOf);
        VerticalLayout section = new VerticalLayout(new H3(grid.getTranslation("decision.title")), grid);
        section.setPadding(false);
        return section;
    }
}
