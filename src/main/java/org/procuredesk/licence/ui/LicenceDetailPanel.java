package org.procuredesk.licence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.procuredesk.licence.AssignmentView;
import org.procuredesk.licence.LicenceDetail;
import org.procuredesk.licence.LicenceSummary;
import org.procuredesk.licence.LicenceForm;
import org.procuredesk.licence.Licences;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;

/**
 * The chosen licence: its key (for IT) and every assignment it had; IT changes the licence, assigns a seat or removes
 * one here.
 */
class LicenceDetailPanel extends VerticalLayout {

    private final Licences licences;
    private final Formats formats;
    private final boolean keeper;
    private final Runnable changed;
    private final H3 title = new H3();
    private final Paragraph key = new Paragraph();
    private final Grid<AssignmentView> assignments = new Grid<>();
    private final Button assign = new Button();
    private final Button edit = new Button();
    private LicenceSummary shown;

    /**
     * @param keeper  whether the person assigns and removes seats
     * @param changed runs once a seat was assigned or removed
     */
    LicenceDetailPanel(Licences licences, Formats formats, boolean keeper, Runnable changed) {
        this.licences = licences;
        this.formats = formats;
        this.keeper = keeper;
        this.changed = changed;
        setId("licence-detail");
        setPadding(false);
        key.setId("licence-key");
        configureGrid();
        assign.setText(getTranslation("licence.assign"));
        assign.setId("licence-assign");
        assign.addClickListener(click -> new AssignDialog(form -> licences.assign(shown.id(), form), this::assigned)
                .open());
        assign.setVisible(keeper);
        edit.setText(getTranslation("licenceForm.edit"));
        edit.setId("licence-edit");
        edit.addClickListener(click -> new LicenceDialog(shown.id(),
                LicenceForm.of(licences.detail(shown.id())), licences, changed).open());
        edit.setVisible(keeper);
        show(null);
    }

    /** Shows the licence's assignments; none chosen, asks for one. */
    void show(LicenceSummary licence) {
        shown = licence;
        removeAll();
        if (licence == null) {
            add(new Span(getTranslation("licence.chooseOne")));
            return;
        }
        LicenceDetail detail = licences.detail(licence.id());
        title.setText(licence.product() + " — " + licence.vendor());
        key.setText(detail.licenceKey() == null ? "" : getTranslation("licence.key") + ": " + detail.licenceKey());
        key.setVisible(detail.licenceKey() != null);
        assignments.setItems(detail.assignments());
        add(title, key, new HorizontalLayout(edit, assign), assignments);
    }

    private void configureGrid() {
        assignments.setId("licence-assignments");
        assignments.setAllRowsVisible(true);
        assignments.addColumn(assignment -> getTranslation("licence.assignee." + assignment.kind().name()))
                .setHeader(getTranslation("licence.assigneeKind")).setAutoWidth(true);
        assignments.addColumn(AssignmentView::assignee).setHeader(getTranslation("licence.assignee")).setFlexGrow(1);
        assignments.addColumn(AssignmentView::assignedBy).setHeader(getTranslation("licence.assignedBy"))
                .setAutoWidth(true);
        assignments.addColumn(assignment -> formats.dateTime(assignment.assignedAt(), getLocale()))
                .setHeader(getTranslation("licence.assignedAt")).setAutoWidth(true);
        assignments.addComponentColumn(this::state).setHeader(getTranslation("licence.removed")).setAutoWidth(true);
    }

    private Component state(AssignmentView assignment) {
        if (!assignment.active()) {
            return new Span(getTranslation("licence.removedBy", assignment.removedBy(),
                    formats.dateTime(assignment.removedAt(), getLocale())));
        }
        Button remove = new Button(getTranslation("licence.unassign"), click -> {
            licences.unassign(shown.id(), assignment.id());
            FormSubmission.notifySuccess(getTranslation("licence.unassigned"));
            changed.run();
        });
        remove.setId("licence-unassign-" + assignment.id());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setVisible(keeper);
        return remove;
    }

    private void assigned() {
        FormSubmission.notifySuccess(getTranslation("licence.assigned"));
        changed.run();
    }
}
