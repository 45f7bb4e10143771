package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.procuredesk.budget.BudgetProcess.BUDGET_CLOSED;
import static org.procuredesk.budget.BudgetProcess.DEADLINE_APPROACHING;
import static org.procuredesk.budget.BudgetProcess.DEADLINE_PASSED;
import static org.procuredesk.budget.BudgetProcess.GROUP_TOLD;
import static org.procuredesk.budget.BudgetProcess.MARK_BUDGET_OVERDUE;
import static org.procuredesk.budget.BudgetProcess.PREPARE_BUDGET;
import static org.procuredesk.budget.BudgetProcess.RELEASE_APPLICATION;
import static org.procuredesk.budget.BudgetProcess.RELEASE_GROUPS;
import static org.procuredesk.budget.BudgetProcess.REMIND_PREPARERS;
import static org.procuredesk.budget.BudgetProcess.REVIEW_BUDGET;
import static org.procuredesk.budget.BudgetProcess.VAR_BUDGET_ID;
import static org.procuredesk.budget.BudgetProcess.VAR_REVIEW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.budget.BudgetProcess.Review;

/**
 * One period's budget on its model: prepared by IT support under a reminder and a deadline, reviewed by the IT
 * head, and on approval the applications told a group in each job. The beans the model calls are fakes.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/budget.bpmn")
class BudgetProcessTest {

    static final long BUDGET_ID = 42L;
    static final Instant OPENED = Instant.parse("2026-11-22T22:00:00Z");
    static final Instant REMINDER = Instant.parse("2026-11-24T15:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-11-25T15:00:00Z");

    ProcessEngine processEngine;
    final Times times = new Times();
    final Deadlines deadlines = new Deadlines();
    final Releases releases = new Releases();

    @BeforeEach
    void registerBeansAndOpenOnMonday() {
        Mocks.register("budgetTimes", times);
        Mocks.register("budgetDeadlines", deadlines);
        Mocks.register("budgetReleases", releases);
        ClockUtil.setCurrentTime(Date.from(OPENED));
    }

    @AfterEach
    void clearBeansAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void anOpenedBudgetIsPreparedByItSupportByItsDeadline() {
        ProcessInstance budget = open();

        assertThat(budget).isWaitingAt(PREPARE_BUDGET);
        assertThat(task(budget)).hasCandidateGroup("IT_SUPPORT").hasDueDate(Date.from(DEADLINE));
        assertThat(timer(budget, DEADLINE_APPROACHING).getDuedate()).isEqualTo(Date.from(REMINDER));
        assertThat(timer(budget, DEADLINE_PASSED).getDuedate()).isEqualTo(Date.from(DEADLINE));
    }

    @Test
    void oneWorkingDayBeforeTheDeadlineItSupportIsRemindedAndKeepsPreparing() {
        ProcessInstance budget = open();

        ClockUtil.setCurrentTime(Date.from(REMINDER));
        execute(timer(budget, DEADLINE_APPROACHING));

        assertThat(budget).hasPassed(REMIND_PREPARERS).isWaitingAt(PREPARE_BUDGET);
        assertThat(deadlines.reminded).containsExactly(BUDGET_ID);
        assertThat(deadlines.markedOverdue).isEmpty();
    }

    @Test
    void atTheDeadlineAnUnsubmittedBudgetIsMarkedOverdueAndMayStillBeSubmittedLate() {
        ProcessInstance budget = open();

        ClockUtil.setCurrentTime(Date.from(DEADLINE));
        execute(timer(budget, DEADLINE_APPROACHING));
        execute(timer(budget, DEADLINE_PASSED));

        assertThat(budget).hasPassed(MARK_BUDGET_OVERDUE).isWaitingAt(PREPARE_BUDGET);
        assertThat(deadlines.markedOverdue).containsExactly(BUDGET_ID);
        complete(task(budget));
        assertThat(budget).isWaitingAt(REVIEW_BUDGET);
    }

    @Test
    void aSubmittedBudgetGoesToTheItHeadAndItsTimersStop() {
        ProcessInstance budget = open();

        complete(task(budget));

        assertThat(budget).isWaitingAt(REVIEW_BUDGET).hasNotPassed(REMIND_PREPARERS, MARK_BUDGET_OVERDUE);
        assertThat(task(budget)).hasCandidateGroup("IT_HEAD");
        assertThat(managementService().createJobQuery().processInstanceId(budget.getId()).count()).isZero();
    }

    @Test
    void aReturnedBudgetIsPreparedAgainUnderTheSameDeadline() {
        ProcessInstance budget = open();
        complete(task(budget));

        complete(task(budget), withVariables(VAR_REVIEW, Review.RETURNED.name()));

        assertThat(budget).isWaitingAt(PREPARE_BUDGET);
        assertThat(timer(budget, DEADLINE_PASSED).getDuedate()).isEqualTo(Date.from(DEADLINE));
    }

    @Test
    void approvalTellsEachGroupOfIncludedOrExcludedApplicationsOnceInAJobOfItsOwnThatNeedNotWaitForTheOthers() {
        releases.groups = List.of(11L, 111L, 211L);
        ProcessInstance budget = approved();

        List<Job> jobs = jobs(budget, RELEASE_APPLICATION);
        assertThat(jobs).hasSize(3).noneMatch(BudgetProcessTest::exclusive);
        assertThat(releases.released).isEmpty();
        jobs.forEach(job -> managementService().executeJob(job.getId()));

        assertThat(releases.released).containsExactlyInAnyOrder(11L, 111L, 211L);
        assertThat(budget).isWaitingAt(GROUP_TOLD);
        List<Job> ends = jobs(budget, GROUP_TOLD);
        assertThat(ends).hasSize(3).allMatch(BudgetProcessTest::exclusive);
        ends.forEach(job -> managementService().executeJob(job.getId()));
        assertThat(budget).hasPassed(RELEASE_GROUPS, RELEASE_APPLICATION, GROUP_TOLD, BUDGET_CLOSED).isEnded();
    }

    @Test
    void aGroupThatFailsIsRetriedAloneAndNoOtherGroupIsToldTwice() {
        releases.groups = List.of(11L, 111L, 211L);
        releases.failingOnce.add(111L);
        ProcessInstance budget = approved();

        for (Job job : managementService().createJobQuery().processInstanceId(budget.getId()).list()) {
            try {
                managementService().executeJob(job.getId());
            } catch (ProcessEngineException supplierSystemDown) {
                assertThat(supplierSystemDown).hasMessageContaining("line 111");
            }
        }
        List<Job> left = jobs(budget, RELEASE_APPLICATION);
        assertThat(left).hasSize(1);
        Job failed = left.get(0);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(jobs(budget, GROUP_TOLD)).hasSize(2);
        managementService().executeJob(failed.getId());
        jobs(budget, GROUP_TOLD).forEach(job -> managementService().executeJob(job.getId()));

        assertThat(releases.released).containsExactlyInAnyOrder(11L, 111L, 211L);
        assertThat(budget).isEnded();
    }

    @Test
    void anApprovedBudgetWithoutApplicationsClosesAtOnce() {
        ProcessInstance budget = approved();

        assertThat(budget).hasPassed(BUDGET_CLOSED).isEnded();
        assertThat(releases.released).isEmpty();
    }

    private ProcessInstance open() {
        return runtimeService().startProcessInstanceByKey(BudgetProcess.KEY, "WEEKLY-2026-W49",
                Map.of(VAR_BUDGET_ID, BUDGET_ID));
    }

    private ProcessInstance approved() {
        ProcessInstance budget = open();
        complete(task(budget));
        complete(task(budget), withVariables(VAR_REVIEW, Review.APPROVED.name()));
        return budget;
    }

    /** Whether the engine runs the job only after the budget's other exclusive jobs, never beside them. */
    private static boolean exclusive(Job job) {
        return ((JobEntity) job).isExclusive();
    }

    private static List<Job> jobs(ProcessInstance budget, String activityId) {
        return managementService().createJobQuery().processInstanceId(budget.getId()).activityId(activityId).list();
    }

    private static Job timer(ProcessInstance budget, String boundaryEvent) {
        return managementService().createJobQuery().processInstanceId(budget.getId()).activityId(boundaryEvent)
                .singleResult();
    }

    /** Stands in for {@code budgetTimes}: the budget opened for the week of 30 November 2026. */
    public static class Times {

        public Date deadlineOf(Long budgetId) {
            return Date.from(DEADLINE);
        }

        public Date reminderOf(Long budgetId) {
            return Date.from(REMINDER);
        }
    }

    /** Stands in for {@code budgetDeadlines}: records which budgets it reminded of and marked overdue. */
    public static class Deadlines {

        final List<Long> reminded = new ArrayList<>();
        final List<Long> markedOverdue = new ArrayList<>();

        public void remind(Long budgetId) {
            reminded.add(budgetId);
        }

        public void markOverdue(Long budgetId) {
            markedOverdue.add(budgetId);
        }
    }

    /**
     * Stands in for {@code budgetReleases}: the groups to tell, by their first lines, and the groups told, failing
     * once where asked to.
     */
    public static class Releases {

        List<Long> groups = List.of();
        final List<Long> released = new ArrayList<>();
        final Set<Long> failingOnce = new HashSet<>();

        public List<Long> groups(Long budgetId) {
            return groups;
        }

        public void releaseGroup(Long budgetId, Long firstLineId) {
            assertThat(budgetId).isEqualTo(BUDGET_ID);
            if (failingOnce.remove(firstLineId)) {
                throw new IllegalStateException("Could not tell the application of line " + firstLineId);
            }
            released.add(firstLineId);
        }
    }
}
