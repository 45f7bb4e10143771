package org.procuredesk.tasklist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.Applications;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.BulkTaskAction;
import org.procuredesk.tasklist.DueWindow;
import org.procuredesk.tasklist.SavedFilter;
import org.procuredesk.tasklist.SavedFilterForm;
import org.procuredesk.tasklist.SavedTaskFilters;
import org.procuredesk.tasklist.TaskAssignments;
import org.procuredesk.tasklist.TaskCatalog;
import org.procuredesk.tasklist.TaskFilter;
import org.procuredesk.tasklist.TaskList;
import org.procuredesk.tasklist.TaskRow;
import org.procuredesk.tasklist.TaskScope;
import org.procuredesk.tasklist.TaskSort;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;
import org.springframework.beans.factory.annotation.Autowired;

/** The task list view on the real services: its lists as tabs, its filters, its claim button, its saved filters. */
@ProcureDeskIntegrationTest
class MyTasksViewTest {

    @RegisterExtension
    final CurrentUi currentUi = new CurrentUi();

    @Autowired
    TaskList taskList;
    @Autowired
    TaskAssignments assignments;
    @Autowired
    TaskCatalog catalog;
    @Autowired
    SavedTaskFilters savedFilters;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Formats formats;
    @Autowired
    Clock clock;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    List<BulkTaskAction> bulkActions;
    @Autowired
    RequestTaskService requestTasks;

    RequestView application;

    @BeforeEach
    void anApplicationWaitsForItSupport() {
        application = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
    }

    @Test
    void theGroupsListShowsTheNewApplicationAndItsClaimButtonMovesItToMyTasks() {
        as(people, "ion.support", () -> {
            MyTasksView view = view();
            select(view, "tasks-tab-groups");
            TaskRow row = rowOf(view, application.number());
            assertThat(row.requester()).isEqualTo("ana.requester");
            assertThat(row.amount()).isEqualByComparingTo(application.total());

            Find.byId(actionsOf(view, row), "claim-" + row.id(), Button.class).click();

            assertThat(rows(view)).extracting(TaskRow::id).doesNotContain(row.id());
            select(view, "tasks-tab-mine");
            assertThat(rows(view)).extracting(TaskRow::id).contains(row.id());
        });
    }

    @Test
    void anAmountRangeNarrowsTheListAndAnUpsideDownOneIsShownOnItsFieldWithoutChangingIt() {
        as(people, "ion.support", () -> {
            MyTasksView view = view();
            select(view, "tasks-tab-groups");
            int before = rows(view).size();
            BigDecimalField min = Find.byId(view, "task-filter-min-amount", BigDecimalField.class);
            BigDecimalField max = Find.byId(view, "task-filter-max-amount", BigDecimalField.class);

            min.setValue(application.total());
            max.setValue(application.total());
            assertThat(rows(view)).isNotEmpty().allSatisfy(row ->
                    assertThat(row.amount()).isEqualByComparingTo(application.total()));

            max.setValue(BigDecimal.ONE);
            assertThat(max.isInvalid()).isTrue();
            assertThat(rows(view)).extracting(TaskRow::caseNumber).contains(application.number());
            assertThat(before).isGreaterThanOrEqualTo(rows(view).size());
        });
    }

    @Test
    void aSavedFilterOpensItsListWithItsFilter() {
        as(people, "ion.support", () -> {
            SavedFilter overdue = savedFilters.save(new SavedFilterForm(
                    "Overdue " + System.nanoTime(), TaskScope.GROUPS,
                    new TaskFilter(null, null, DueWindow.OVERDUE, null, null, null, null),
                    new TaskSort(TaskSort.Field.DUE, false)));
            MyTasksView view = view();

            @SuppressWarnings("unchecked")
            ComboBox<SavedFilter> choice = Find.byId(view, "saved-filters", ComboBox.class);
            choice.setValue(overdue);

            assertThat(Find.byId(view, "task-lists", Tabs.class).getSelectedTab().getId()).contains("tasks-tab-groups");
            assertThat(rows(view)).allSatisfy(row -> assertThat(row.isOverdue(clock.instant())).isTrue());
            savedFilters.delete(overdue.id());
        });
    }

    @Test
    void choosingApprovalsOffersToApproveThemTogetherAndChoosingOtherTasksDoesNot() {
        RequestView second = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
        List.of(application, second).forEach(accepted -> as(people, "ion.support", () -> requestTasks
                .checkCompleteness(rowFor("ion.support", accepted).id(), Completeness.ACCEPTED, null)));
        as(people, "mihai.manager", () -> {
            MyTasksView view = view();
            Grid<TaskRow> grid = grid(view);

            grid.select(rowOf(view, application.number()));
            grid.select(rowOf(view, second.number()));

            assertThat(Find.byId(view, "bulk-approval-bulk-action", Button.class).isVisible()).isTrue();
        });
        RequestView third = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
        as(people, "ion.support", () -> {
            MyTasksView view = view();
            select(view, "tasks-tab-groups");
            grid(view).select(rowOf(view, third.number()));

            assertThat(Find.byId(view, "bulk-actions", HorizontalLayout.class).getComponentCount()).isZero();
        });
    }

    private TaskRow rowFor(String person, RequestView application) {
        return as(people, person, () -> taskList.page(TaskScope.GROUPS, TaskFilter.ALL, TaskSort.NEWEST, 0,
                TaskList.MAX_PAGE)).stream().filter(row -> application.number().equals(row.caseNumber())).findFirst()
                .orElseThrow();
    }

    private MyTasksView view() {
        return new MyTasksView(taskList, assignments, catalog, savedFilters, people, formats, clock, bulkActions);
    }

    private static void select(MyTasksView view, String tabId) {
        Find.byId(view, "task-lists", Tabs.class).setSelectedTab(Find.byId(view, tabId, Tab.class));
    }

    /** The first page, as the grid asks for it. */
    private static List<TaskRow> rows(MyTasksView view) {
        return grid(view).getDataProvider().fetch(new Query<>(0, 50, List.of(), null, null)).toList();
    }

    /** The buttons the grid shows on the row. */
    private static Component actionsOf(MyTasksView view, TaskRow row) {
        return ((ComponentRenderer<?, TaskRow>) grid(view).getColumnByKey("actions").getRenderer()).createComponent(row);
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskRow> grid(MyTasksView view) {
        return Find.byId(view, "my-tasks-grid", Grid.class);
    }

    private static TaskRow rowOf(MyTasksView view, String caseNumber) {
        return rows(view).stream().filter(row -> caseNumber.equals(row.caseNumber())).findFirst().orElseThrow();
    }
}
