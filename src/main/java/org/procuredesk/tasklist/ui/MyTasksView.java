package org.procuredesk.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.BulkTaskAction;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.tasklist.SavedFilter;
import org.procuredesk.tasklist.SavedTaskFilters;
import org.procuredesk.tasklist.TaskAssignments;
import org.procuredesk.tasklist.TaskCatalog;
import org.procuredesk.tasklist.TaskFilter;
import org.procuredesk.tasklist.TaskList;
import org.procuredesk.tasklist.TaskListSettings;
import org.procuredesk.tasklist.TaskRow;
import org.procuredesk.tasklist.TaskScope;
import org.procuredesk.tasklist.TaskSort;

/**
 * The person's task lists across every process: "my tasks" (with those of whoever they stand in for), "my
 * groups" (unclaimed tasks offered to their roles) and, for heads, "my team"; narrowed by the filter bar,
 * sorted by due date, creation or amount, loaded a page at a time. A click on a row opens the task.
 */
@Route("tasks")
@Menu(title = "nav.tasks", order = 5, icon = "vaadin:tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String LIST_PARAMETER = "list";

    private final Grid<TaskRow> grid = new Grid<>();
    private final Tabs tabs = new Tabs();
    private final Map<TaskScope, Tab> tabByScope = new EnumMap<>(TaskScope.class);
    private final TaskList taskList;
    private final TaskAssignments assignments;
    private final PeopleDirectory people;
    private final Formats formats;
    private final Clock clock;
    private final TaskFilterBar filterBar;
    private final HorizontalLayout bulkActions = new HorizontalLayout();
    private final List<BulkTaskAction> bulkTaskActions;
    private TaskScope scope = TaskScope.MINE;
    private TaskFilter filter = TaskFilter.ALL;

    public MyTasksView(TaskList taskList, TaskAssignments assignments, TaskCatalog catalog, SavedTaskFilters savedFilters,
                       PeopleDirectory people, Formats formats, Clock clock, List<BulkTaskAction> bulkTaskActions) {
        this.taskList = taskList;
        this.bulkTaskActions = bulkTaskActions;
        this.assignments = assignments;
        this.people = people;
        this.formats = formats;
        this.clock = clock;
        this.filterBar = new TaskFilterBar(catalog.processes(), people.departments(), people.branches(),
                this::filterChanged);
        setSizeFull();
        configureTabs();
        configureGrid();
        bulkActions.setId("bulk-actions");
        add(tabs, filterBar, new SavedFiltersMenu(savedFilters, this::settings, this::apply), bulkActions, grid);
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks");
    }

    /** {@code ?list=groups} or {@code ?list=team} opens that list; anything else opens "my tasks". */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String list = event.getLocation().getQueryParameters().getSingleParameter(LIST_PARAMETER).orElse("");
        tabByScope.keySet().stream().filter(candidate -> candidate.name().equalsIgnoreCase(list)).findFirst()
                .ifPresent(chosen -> tabs.setSelectedTab(tabByScope.get(chosen)));
    }

    private void configureTabs() {
        tabs.setId("task-lists");
        tab(TaskScope.MINE);
        tab(TaskScope.GROUPS);
        if (taskList.hasTeam()) {
            tab(TaskScope.TEAM);
        }
        tabs.addSelectedChangeListener(change -> {
            scope = tabByScope.entrySet().stream().filter(entry -> entry.getValue() == tabs.getSelectedTab())
                    .map(Map.Entry::getKey).findFirst().orElse(TaskScope.MINE);
            updateList();
        });
    }

    private void tab(TaskScope listed) {
        Tab tab = new Tab(getTranslation("tasks.list." + listed.name()));
        tab.setId("tasks-tab-" + listed.name().toLowerCase(Locale.ROOT));
        tabByScope.put(listed, tab);
        tabs.add(tab);
    }

    private void configureGrid() {
        grid.setId("my-tasks-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        grid.addColumn(TaskRow::caseNumber).setHeader(getTranslation("tasks.businessKey")).setAutoWidth(true);
        grid.addColumn(task -> getTranslation("step." + task.taskKey())).setHeader(getTranslation("tasks.name"))
                .setFlexGrow(2);
        grid.addColumn(task -> people.nameOf(task.requester())).setHeader(getTranslation("tasks.requester"))
                .setAutoWidth(true);
        grid.addColumn(task -> task.amount() == null ? "" : formats.money(task.amount(), getLocale()))
                .setHeader(getTranslation("tasks.amount")).setKey(TaskSort.Field.AMOUNT.name()).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(TaskRow::subject).setHeader(getTranslation("tasks.subject")).setFlexGrow(2);
        grid.addColumn(task -> formats.dateTime(task.created(), getLocale())).setHeader(getTranslation("tasks.created"))
                .setKey(TaskSort.Field.CREATED.name()).setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("tasks.due")).setKey(TaskSort.Field.DUE.name())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(this::whose).setHeader(getTranslation("tasks.whose")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> offerBulkActions(selection.getAllSelectedItems()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TaskFormView.path(click.getItem().id()))));
    }

    /** The actions that can be done to all the chosen tasks at once, e.g. approving several applications. */
    private void offerBulkActions(Set<TaskRow> chosen) {
        bulkActions.removeAll();
        if (chosen.isEmpty()) {
            return;
        }
        bulkTaskActions.stream()
                .filter(action -> chosen.stream().allMatch(task -> action.handles(task.taskKey())))
                .forEach(action -> {
                    Button button = new Button(getTranslation(action.labelKey(), chosen.size()),
                            click -> action.open(chosen.stream().map(TaskRow::id).toList(), this::updateList));
                    button.setId("bulk-" + action.labelKey().replace('.', '-'));
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    bulkActions.add(button);
                });
    }

    private Span due(TaskRow task) {
        Span due = new Span(task.due() == null ? "" : formats.dateTime(task.due(), getLocale()));
        if (task.isOverdue(clock.instant())) {
            Span badge = new Span(getTranslation("tasks.overdue"));
            badge.getElement().setAttribute("theme", "badge error small");
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
            due.add(badge);
        }
        return due;
    }

    /** Whose task it is when it is not simply mine: who I act for, or in my team's list who has it. */
    private String whose(TaskRow task) {
        if (task.actingFor() != null) {
            return getTranslation("tasks.actingFor", people.nameOf(task.actingFor()));
        }
        return scope == TaskScope.TEAM ? people.nameOf(task.assignee()) : "";
    }

    private HorizontalLayout actions(TaskRow task) {
        HorizontalLayout actions = new HorizontalLayout();
        switch (scope) {
            case GROUPS -> actions.add(action("claim", task, () -> assignments.claim(task.id()), "tasks.claimed"));
            case MINE -> {
                if (task.actingFor() == null) {
                    actions.add(action("unclaim", task, () -> assignments.unclaim(task.id()), "tasks.unclaimed"));
                }
                actions.add(button("delegate", task, () -> new AssignDialog(getTranslation("tasks.delegateTitle"),
                        assignments.colleagues(task.id()), to -> assignments.delegate(task.id(), to), this::passed)
                        .open()));
            }
            case TEAM -> actions.add(button("reassign", task, () -> new AssignDialog(
                    getTranslation("tasks.reassignTitle"), assignments.teamMembers(task.id()),
                    to -> assignments.reassign(task.id(), to), this::passed).open()));
        }
        return actions;
    }

    private Button action(String name, TaskRow task, Runnable call, String doneKey) {
        return button(name, task, () -> {
            call.run();
            FormSubmission.notifySuccess(getTranslation(doneKey, task.caseNumber()));
            updateList();
        });
    }

    private Button button(String name, TaskRow task, Runnable click) {
        Button button = new Button(getTranslation("tasks." + name), pressed -> click.run());
        button.setId(name + "-" + task.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // the row's own click opens the task; a click on one of its buttons does only what the button says
        button.getElement().addEventListener("click", ignored -> { }).addEventData("event.stopPropagation()");
        return button;
    }

    private void passed() {
        FormSubmission.notifySuccess(getTranslation("tasks.passed"));
        updateList();
    }

    private TaskListSettings settings() {
        return new TaskListSettings(scope, filter, sort(grid.getSortOrder()));
    }

    private void apply(SavedFilter saved) {
        tabs.setSelectedTab(tabByScope.getOrDefault(saved.scope(), tabByScope.get(TaskScope.MINE)));
        grid.sort(saved.sort() == null ? List.of() : List.of(new GridSortOrder<>(
                grid.getColumnByKey(saved.sort().field().name()),
                saved.sort().descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        filterBar.show(saved.filter() == null ? TaskFilter.ALL : saved.filter());
    }

    private void filterChanged(TaskFilter changed) {
        filter = changed;
        updateList();
    }

    private static TaskSort sort(List<GridSortOrder<TaskRow>> orders) {
        return orders.isEmpty() ? TaskSort.NEWEST : sort(orders.get(0).getSorted().getKey(), orders.get(0).getDirection());
    }

    private static TaskSort sort(String columnKey, SortDirection direction) {
        return new TaskSort(TaskSort.Field.valueOf(columnKey), direction == SortDirection.DESCENDING);
    }

    /** Lists the tasks again, a page at a time as the grid scrolls; a page shorter than asked for is the last. */
    private void updateList() {
        grid.deselectAll();
        grid.setItems(this::page);
    }

    private Stream<TaskRow> page(Query<TaskRow, Void> query) {
        TaskSort sort = query.getSortOrders().isEmpty() ? TaskSort.NEWEST
                : sort(query.getSortOrders().get(0).getSorted(), query.getSortOrders().get(0).getDirection());
        return taskList.page(scope, filter, sort, query.getOffset(), query.getLimit()).stream();
    }
}
