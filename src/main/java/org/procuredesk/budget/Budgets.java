package org.procuredesk.budget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.procuredesk.budget.BudgetDashboard.NextDeadline;
import org.procuredesk.budget.BudgetDashboard.WaitingLine;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Role;
import org.procuredesk.system.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The budgets as the IT department reads them: the dashboard, one budget with its lines, its CSV export. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'IT_HEAD', 'FINANCE', 'AUDITOR')")
public class Budgets {

    private static final int PAST_PERIODS = 20;

    private final BudgetRepository budgets;
    private final BudgetLineRepository lines;
    private final BudgetCommentRepository comments;
    private final BudgetRecords records;
    private final BudgetSchedule schedule;
    private final BudgetSources sources;
    private final PeopleDirectory people;
    private final TaskService taskService;
    private final Clock clock;

    Budgets(BudgetRepository budgets, BudgetLineRepository lines, BudgetCommentRepository comments,
            BudgetRecords records, BudgetSchedule schedule, BudgetSources sources, PeopleDirectory people,
            TaskService taskService, Clock clock) {
        this.budgets = budgets;
        this.lines = lines;
        this.comments = comments;
        this.records = records;
        this.schedule = schedule;
        this.sources = sources;
        this.people = people;
        this.taskService = taskService;
        this.clock = clock;
    }

    public BudgetDashboard dashboard() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<NextDeadline> next = Stream.of(BudgetKind.values()).map(kind -> schedule.nextDue(kind, now))
                .map(period -> new NextDeadline(period.kind(), period.key(), schedule.deadline(period).toInstant(),
                        Duration.between(now, schedule.deadline(period).toInstant())))
                .toList();
        List<Budget> open = budgets.findByStateNotOrderByDeadlineAsc(BudgetState.APPROVED);
        List<BudgetSummary> current = open.stream()
                .map(budget -> budget.summary(records.totals(budget), now)).collect(Collectors.toCollection(ArrayList::new));
        List<BudgetSummary> past = new ArrayList<>();
        for (BudgetKind kind : BudgetKind.values()) {
            for (Budget budget : budgets.findTop20ByKindAndStateOrderByPeriodStartDesc(kind, BudgetState.APPROVED)) {
                (budget.period().end().isBefore(today) ? past : current).add(budget.summary(records.totals(budget), now));
            }
        }
        current.sort(Comparator.comparing(BudgetSummary::deadline));
        past.sort(Comparator.comparing(BudgetSummary::deadline).reversed());
        List<BudgetSummary> shown = past.subList(0, Math.min(PAST_PERIODS, past.size()));
        long kept = shown.stream().filter(budget -> Boolean.TRUE.equals(budget.deadlineKept())).count();
        Map<String, String> tasks = myTasks();
        Map<String, String> myTasks = new HashMap<>();
        open.forEach(budget -> {
            String taskId = tasks.get(budget.processInstanceId());
            if (taskId != null) {
                myTasks.put(budget.periodKey(), taskId);
            }
        });
        return new BudgetDashboard(next, current, List.copyOf(shown), kept, shown.size() - kept, waiting(), myTasks);
    }

    public BudgetDetail detail(String period) {
        Budget budget = records.find(period);
        Map<Long, String> departments = records.departmentNames();
        Map<String, String> names = new HashMap<>();
        List<BudgetLine> budgetLines = lines.findByBudgetIdOrderByIdAsc(budget.id());
        List<BudgetLineView> lineViews = budgetLines.stream()
                .map(line -> line.view(names.computeIfAbsent(line.requester(), people::nameOf),
                        departments.get(line.departmentId())))
                .toList();
        List<BudgetCommentView> commentViews = comments.findByBudgetIdOrderByWrittenAtAscIdAsc(budget.id()).stream()
                .map(comment -> comment.view(names.computeIfAbsent(comment.author(), people::nameOf))).toList();
        return new BudgetDetail(budget.summary(records.totals(budget, budgetLines), clock.instant()), lineViews,
                commentViews, myTask(budget));
    }

    private List<WaitingLine> waiting() {
        Map<SourceReference, String> heldBy = lines.holdings().stream()
                .collect(Collectors.toMap(Holding::reference, Holding::period, (one, other) -> one));
        return Stream.of(BudgetKind.values())
                .flatMap(kind -> sources.waitingFor(kind).stream()
                        .map(candidate -> new WaitingLine(candidate.source(), candidate.referenceId(),
                                candidate.number(), people.nameOf(candidate.requester()), kind, candidate.amount(),
                                candidate.subject(), candidate.waitingSince(),
                                heldBy.get(new SourceReference(candidate.source(), candidate.referenceId())))))
                .toList();
    }

    /**
     * The open budget tasks the signed-in person may work on, by process instance: theirs, or offered to one of
     * their roles.
     */
    private Map<String, String> myTasks() {
        return myTasks(taskService.createTaskQuery().processDefinitionKey(BudgetProcess.KEY));
    }

    /** The open task on this budget the signed-in person may work on, if any: asks only of its own process. */
    private String myTask(Budget budget) {
        return budget.processInstanceId() == null ? null
                : myTasks(taskService.createTaskQuery().processInstanceId(budget.processInstanceId()))
                        .get(budget.processInstanceId());
    }

    private Map<String, String> myTasks(TaskQuery budgetTasks) {
        String me = CurrentUser.username();
        List<String> roles = people.findByUsername(me).map(PersonSummary::roles).orElse(Set.of()).stream()
                .map(Role::name).toList();
        return budgetTasks.or().taskAssignee(me).taskCandidateGroupIn(roles.isEmpty() ? List.of("") : roles).endOr()
                .list().stream()
                .collect(Collectors.toMap(Task::getProcessInstanceId, Task::getId, (one, other) -> one));
    }
}
