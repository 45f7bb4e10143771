package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;

/** A task list narrowed by process, step, due date, amount, department and branch, and sorted; a page at a time. */
@ProcureDeskIntegrationTest
class TaskListFilterTest {

    @Autowired
    TaskList taskList;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PurchaseRequestService requests;

    RequestView cheap;
    RequestView dear;

    @BeforeEach
    void twoApplicationsWaitForTheirCompletenessCheck() {
        BigDecimal price = new BigDecimal(100 + (System.nanoTime() % 900_000) / 100).setScale(2);
        cheap = submitted(price);
        dear = submitted(price.add(new BigDecimal("0.01")));
    }

    @Test
    void theAmountRangeKeepsOnlyTheTasksWhoseCaseCostsThatMuch() {
        List<TaskRow> rows = groupsOfItSupport(new TaskFilter(null, null, null, dear.total(), dear.total(), null, null),
                TaskSort.NEWEST);

        assertThat(rows).extracting(TaskRow::caseNumber).contains(dear.number()).doesNotContain(cheap.number());
        assertThat(rows).allSatisfy(row -> assertThat(row.amount()).isEqualByComparingTo(dear.total()));
    }

    @Test
    void sortedByAmountTheDearerComesFirstDescendingAndLastAscending() {
        TaskFilter both = new TaskFilter(ApplicationToItProcess.KEY, ApplicationToItProcess.CHECK_COMPLETENESS, null,
                cheap.total(), dear.total(), null, null);

        assertThat(groupsOfItSupport(both, new TaskSort(TaskSort.Field.AMOUNT, true))).extracting(TaskRow::caseNumber)
                .containsSubsequence(dear.number(), cheap.number());
        assertThat(groupsOfItSupport(both, new TaskSort(TaskSort.Field.AMOUNT, false))).extracting(TaskRow::caseNumber)
                .containsSubsequence(cheap.number(), dear.number());
    }

    @Test
    void eachRowSaysWhatItsCaseIsAbout() {
        TaskRow row = groupsOfItSupport(new TaskFilter(null, null, null, dear.total(), dear.total(), null, null),
                TaskSort.NEWEST).stream().filter(task -> task.caseNumber().equals(dear.number())).findFirst().orElseThrow();

        assertThat(row.processKey()).isEqualTo(ApplicationToItProcess.KEY);
        assertThat(row.taskKey()).isEqualTo(ApplicationToItProcess.CHECK_COMPLETENESS);
        assertThat(row.requester()).isEqualTo("ana.requester");
        assertThat(row.subject()).isEqualTo("Monitor for the test");
        assertThat(row.departmentId()).isEqualTo(dear.departmentId());
        assertThat(row.branchId()).isEqualTo(dear.deliveryBranchId());
        assertThat(row.assignee()).isNull();
    }

    @Test
    void dueWindowsSplitTheTasksIntoOverdueDueTodayAndDueThisWeek() {
        String overdue = taskOf(cheap);
        String later = taskOf(dear);
        taskService.setDueDate(overdue, Date.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
        taskService.setDueDate(later, Date.from(Instant.now().plus(400, ChronoUnit.DAYS)));

        assertThat(ids(DueWindow.OVERDUE)).contains(overdue).doesNotContain(later);
        assertThat(ids(DueWindow.THIS_WEEK)).doesNotContain(later);
        assertThat(ids(null)).contains(overdue, later);
    }

    @Test
    void departmentAndBranchKeepOnlyTheirCases() {
        TaskFilter elsewhere = new TaskFilter(null, null, null, dear.total(), dear.total(), dear.departmentId() + 1000,
                null);
        TaskFilter here = new TaskFilter(null, null, null, dear.total(), dear.total(), dear.departmentId(),
                dear.deliveryBranchId());

        assertThat(groupsOfItSupport(elsewhere, TaskSort.NEWEST)).isEmpty();
        assertThat(groupsOfItSupport(here, TaskSort.NEWEST)).extracting(TaskRow::caseNumber).contains(dear.number());
    }

    @Test
    void aMaximumUnderTheMinimumIsRefusedOnTheMaximum() {
        TaskFilter upsideDown = new TaskFilter(null, null, null, BigDecimal.TEN, BigDecimal.ONE, null, null);

        assertThatThrownBy(() -> groupsOfItSupport(upsideDown, TaskSort.NEWEST)).isInstanceOfSatisfying(
                DomainException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("tasks.amountRange");
                    assertThat(refused.getField()).contains("maxAmount");
                });
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
        List<TaskRow> all = groupsOfItSupport(TaskFilter.ALL, TaskSort.NEWEST);
        List<TaskRow> first = as(people, "ion.support", () -> taskList.page(TaskScope.GROUPS, TaskFilter.ALL,
                TaskSort.NEWEST, 0, 1));
        List<TaskRow> second = as(people, "ion.support", () -> taskList.page(TaskScope.GROUPS, TaskFilter.ALL,
                TaskSort.NEWEST, 1, 1));

        assertThat(first.get(0)).isEqualTo(all.get(0));
        assertThat(second.get(0)).isEqualTo(all.get(1));
        assertThatThrownBy(() -> as(people, "ion.support", () -> taskList.page(TaskScope.GROUPS, TaskFilter.ALL,
                TaskSort.NEWEST, 0, TaskList.MAX_PAGE + 1))).hasMessageContaining("tasks.badPage");
    }

    private List<String> ids(DueWindow due) {
        return groupsOfItSupport(new TaskFilter(null, null, due, cheap.total(), dear.total(), null, null),
                TaskSort.NEWEST).stream().map(TaskRow::id).toList();
    }

    private List<TaskRow> groupsOfItSupport(TaskFilter filter, TaskSort sort) {
        return as(people, "ion.support", () -> taskList.page(TaskScope.GROUPS, filter, sort, 0, TaskList.MAX_PAGE));
    }

    private String taskOf(RequestView application) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number()).singleResult().getId();
    }

    private RequestView submitted(BigDecimal price) {
        return as(people, "ana.requester", () -> requests.submit(null, Applications.form(people,
                new LineForm(EquipmentCategory.MONITOR, "Monitor for the test", 1, price, null))));
    }
}
