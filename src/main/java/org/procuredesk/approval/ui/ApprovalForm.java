package org.procuredesk.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.approval.ApprovalTasks;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.system.ui.CommentedActions;
import org.procuredesk.system.ui.TaskForm;

/** Every approval task: approve, reject or return for correction; rejecting and returning say why. */
@SpringComponent
class ApprovalForm implements TaskForm {

    private final ApprovalService approvals;

    ApprovalForm(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApprovalTasks.of(taskDefinitionKey).isPresent();
    }

    @Override
    public Component create(Task task, Runnable completed) {
        return new CommentedActions("decision", completed)
                .action("approve", "decision.approve", comment -> decide(task, Decision.APPROVED, comment))
                .action("return", "decision.return", comment -> decide(task, Decision.RETURNED, comment))
                .action("reject", "decision.reject", comment -> decide(task, Decision.REJECTED, comment));
    }

    private void decide(Task task, Decision decision, String comment) {
        approvals.decide(task.getId(), decision, comment);
    }
}
