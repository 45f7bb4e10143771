package org.procuredesk.request.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.procuredesk.request.ApplicationProgress;
import org.procuredesk.request.CurrentStep;
import org.procuredesk.request.MyApplication;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;

/** The requester's applications, newest first, each with the step it waits at and for whom; a click opens one. */
@Route("applications")
@Menu(title = "nav.myApplications", order = 11, icon = "vaadin:records")
@RolesAllowed("REQUESTER")
public class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<MyApplication> grid = new Grid<>();
    private final ApplicationProgress progress;
    private final Formats formats;

    public MyApplicationsView(ApplicationProgress progress, Formats formats) {
        this.progress = progress;
        this.formats = formats;
        setSizeFull();
        configureGrid();
        add(grid);
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myApplications");
    }

    private void configureGrid() {
        grid.setId("my-applications-grid");
        grid.setSizeFull();
        grid.addColumn(row -> row.application().number() == null ? getTranslation("status.DRAFT")
                : row.application().number()).setHeader(getTranslation("request.number"));
        grid.addColumn(row -> formats.dateTime(row.application().createdAt(), getLocale()))
                .setHeader(getTranslation("request.createdAt"));
        grid.addColumn(row -> formats.money(row.application().total(), getLocale()))
                .setHeader(getTranslation("request.total"));
        grid.addColumn(row -> getTranslation(row.application().status().messageKey()))
                .setHeader(getTranslation("request.status"));
        grid.addColumn(row -> row.currentStep().map(step -> Steps.name(this, step.step())).orElse(""))
                .setHeader(getTranslation("request.currentStep"));
        grid.addColumn(row -> row.currentStep().map(step -> Steps.waitingFor(this, step)).orElse(""))
                .setHeader(getTranslation("request.waitingFor"));
        grid.addColumn(row -> row.currentStep().map(CurrentStep::since)
                .map(since -> formats.dateTime(since, getLocale())).orElse(""))
                .setHeader(getTranslation("request.since"));
        grid.addItemClickListener(click -> open(click.getItem().application()));
    }

    private void updateList() {
        grid.setItems(query -> progress.mine(query.getPage(), query.getPageSize()).stream(),
                query -> (int) progress.countMine());
    }

    private void open(RequestView application) {
        getUI().ifPresent(ui -> ui.navigate(ApplicationDetailView.path(application.id())));
    }
}
