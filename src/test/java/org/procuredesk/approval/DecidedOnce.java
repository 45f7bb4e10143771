package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.springframework.stereotype.Component;

/**
 * What one decision on an approval task leaves behind, and nothing more: one decision recorded, the task ended
 * once in the engine's history, and one "Complete" in its user operation log, all by the same approver.
 */
@Component
class DecidedOnce {

    private final HistoryService history;
    private final ApprovalDecisionRepository decisions;

    DecidedOnce(HistoryService history, ApprovalDecisionRepository decisions) {
        this.history = history;
        this.decisions = decisions;
    }

    void assertDecidedOnceBy(String approver, Task task, Approval approval) {
        assertThat(decisions.findByProcessInstanceId(task.getProcessInstanceId()))
                .filteredOn(decision -> decision.approval() == approval).singleElement()
                .satisfies(decision -> assertThat(decision.decidedBy()).isEqualTo(approver));
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).list()).singleElement()
                .satisfies(ended -> {
                    assertThat(ended.getEndTime()).isNotNull();
                    assertThat(ended.getDeleteReason()).isEqualTo("completed");
                    assertThat(ended.getAssignee()).isEqualTo(approver);
                });
        List<UserOperationLogEntry> completions = history.createUserOperationLogQuery().taskId(task.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
        assertThat(completions.stream().map(UserOperationLogEntry::getOperationId).distinct())
                .as("completions in the user operation log").hasSize(1);
        assertThat(completions).extracting(UserOperationLogEntry::getUserId).containsOnly(approver);
    }
}
