package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The task list's model never disagrees with the engine, whatever happens to the tasks and in whatever order. */
@ProcureDeskIntegrationTest
class TaskIndexConsistencyTest {

    private static final List<String> PEOPLE = List.of("ion.support", "mihai.manager", "victor.ithead",
            "carmen.finance", "dan.security", "elena.supporthead");

    @Autowired
    TaskModel model;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    ApprovalService approvals;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TaskIndexRebuild rebuild;

    @Test
    void modelHoldsExactlyTheEnginesOpenTasksAfterEveryOneOfHundredsOfRandomOperations() {
        Random random = new Random(20261125);
        List<String> done = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            String operation = operate(random);
            done.add(operation);
            model.settle();
            assertThat(model.model()).as("after %s", done).isEqualTo(model.engine());
        }
        assertThat(done).contains("submit", "accept", "claim", "unclaim", "due", "offer", "withdraw", "approve",
                "cancel", "rolled back");
    }

    @Test
    void rebuildingTheModelFromTheEngineGivesTheSameModel() {
        as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
        model.settle();
        var before = model.model();

        rebuild.rebuild();

        assertThat(model.model()).isEqualTo(before).isEqualTo(model.engine());
    }

    private String operate(Random random) {
        List<Task> open = taskService.createTaskQuery().processDefinitionKey(ApplicationToItProcess.KEY).list();
        int choice = open.isEmpty() ? 0 : random.nextInt(10);
        Task task = open.isEmpty() ? null : open.get(random.nextInt(open.size()));
        String someone = PEOPLE.get(random.nextInt(PEOPLE.size()));
        switch (choice) {
            case 0 -> {
                as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
                return "submit";
            }
            case 1 -> {
                return check(open);
            }
            case 2 -> {
                attempt(() -> taskService.setAssignee(task.getId(), someone));
                return "claim";
            }
            case 3 -> {
                taskService.setAssignee(task.getId(), null);
                return "unclaim";
            }
            case 4 -> {
                taskService.setDueDate(task.getId(), new Date(System.currentTimeMillis() + random.nextInt(1_000_000_000)));
                return "due";
            }
            case 5 -> {
                taskService.addCandidateGroup(task.getId(), "FINANCE");
                return "offer";
            }
            case 6 -> {
                taskService.deleteCandidateGroup(task.getId(), "FINANCE");
                return "withdraw";
            }
            case 7 -> {
                return approve(open);
            }
            case 8 -> {
                runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "cancelled by the test");
                return "cancel";
            }
            default -> {
                rolledBack(task, someone);
                return "rolled back";
            }
        }
    }

    private String check(List<Task> open) {
        open.stream().filter(task -> task.getTaskDefinitionKey().equals(ApplicationToItProcess.CHECK_COMPLETENESS))
                .findFirst().ifPresent(task -> attempt(() -> as(people, "ion.support",
                        () -> requestTasks.checkCompleteness(task.getId(), Completeness.ACCEPTED, null))));
        return "accept";
    }

    private String approve(List<Task> open) {
        open.stream().filter(task -> task.getTaskDefinitionKey().equals(ApplicationToItProcess.APPROVE_BY_LINE_MANAGER))
                .findFirst().ifPresent(task -> {
                    String approver = task.getAssignee() == null ? "mihai.manager" : task.getAssignee();
                    attempt(() -> as(people, approver, () -> approvals.decide(task.getId(), Decision.APPROVED, null)));
                });
        return "approve";
    }

    /**
     * A step the person may be refused, e.g. on a task the test gave someone else, or an approval given to
     * someone who already approved: a refusal changes nothing, which the comparison checks like any other outcome.
     */
    private static void attempt(Runnable step) {
        try {
            step.run();
        } catch (DomainException | ProcessEngineException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** Changes the task in a transaction that then fails: the model must roll back with the engine. */
    private void rolledBack(Task task, String someone) {
        attempt(() -> transaction.executeWithoutResult(status -> {
            taskService.addCandidateGroup(task.getId(), "SECURITY");
            taskService.setAssignee(task.getId(), someone);
            throw new ProcessEngineException("the transaction fails after changing the task");
        }));
    }
}
