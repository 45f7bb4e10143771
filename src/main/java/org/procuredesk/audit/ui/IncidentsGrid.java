package org.procuredesk.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.procuredesk.audit.AuditViews.IncidentView;
import org.procuredesk.audit.ProcessAudit;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;

/** The open incidents, newest first, with their message; an administrator retries a failed job from here. */
class IncidentsGrid extends Grid<IncidentView> {

    private final ProcessAudit processes;

    /** @param retries whether the reader may retry (an administrator): only then has a row its Retry button */
    IncidentsGrid(ProcessAudit processes, Formats formats, boolean retries) {
        this.processes = processes;
        setId("audit-incidents");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(incident -> formats.dateTime(incident.at(), getLocale())).setKey("at")
                .setHeader(getTranslation("audit.when")).setAutoWidth(true);
        addColumn(IncidentView::processDefinitionKey).setKey("process").setHeader(getTranslation("audit.process"))
                .setAutoWidth(true);
        addColumn(IncidentView::businessKey).setKey("case").setHeader(getTranslation("audit.caseNumber"))
                .setAutoWidth(true);
        addColumn(IncidentView::activityId).setKey("step").setHeader(getTranslation("audit.step")).setAutoWidth(true);
        addColumn(IncidentView::message).setKey("message").setHeader(getTranslation("audit.message")).setFlexGrow(1);
        if (retries) {
            addComponentColumn(this::retryButton).setKey("retry").setAutoWidth(true);
        }
        refresh();
    }

    private Button retryButton(IncidentView incident) {
        Button retry = new Button(getTranslation("audit.retry"), click -> {
            processes.retry(incident.id());
            FormSubmission.notifySuccess(getTranslation("audit.retried", incident.activityId()));
            refresh();
        });
        retry.setId("audit-retry-" + incident.id());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return retry;
    }

    private void refresh() {
        setItems(processes.incidents());
    }
}
