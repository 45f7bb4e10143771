package org.procuredesk.tasklist.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.procuredesk.system.Formats;
import org.procuredesk.tasklist.TaskFilter;
import org.procuredesk.tasklist.TaskList;
import org.procuredesk.tasklist.TaskRow;
import org.procuredesk.tasklist.TaskScope;
import org.procuredesk.tasklist.TaskSort;

/** The person's open tasks, assigned to them or offered to their groups, newest first; a click opens one. */
@Route("tasks")
@Menu(title = "nav.tasks", order = 5, icon = "vaadin:tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<TaskRow> grid = new Grid<>();
    private final TaskList myTasks;
    private final Formats formats;
    private final Clock clock;

    public MyTasksView(TaskList myTasks, Formats formats, Clock clock) {
        this.myTasks = myTasks;
        this.formats = formats;
        this.clock = clock;
        setSizeFull();
        configureGrid();
        add(grid);
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks");
    }

    private void configureGrid() {
        grid.setId("my-tasks-grid");
        grid.setSizeFull();
        grid.addColumn(TaskRow::caseNumber).setHeader(getTranslation("tasks.businessKey"));
        grid.addColumn(task -> getTranslation("step." + task.taskKey())).setHeader(getTranslation("tasks.name"))
                .setFlexGrow(2);
        grid.addColumn(task -> formats.dateTime(task.created(), getLocale())).setHeader(getTranslation("tasks.created"));
        grid.addComponentColumn(this::due).setHeader(getTranslation("tasks.due"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TaskFormView.path(click.getItem().id()))));
    }

    private Span due(TaskRow task) {
        Span due = new Span(task.due() == null ? "" : formats.dateTime(task.due(), getLocale()));
        if (task.isOverdue(clock.instant())) {
            due.getElement().setAttribute("theme", "badge error");
            due.setTitle(getTranslation("tasks.overdue"));
        }
        return due;
    }

    private void updateList() {
        grid.setItems(query -> myTasks.page(TaskScope.MINE, TaskFilter.ALL, TaskSort.NEWEST, query.getOffset(), query.getLimit()).stream(),
                query -> (int) myTasks.count(TaskScope.MINE, TaskFilter.ALL));
    }
}
