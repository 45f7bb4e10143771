package org.procuredesk.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.approval.ApprovalTasks;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.system.ui.CommentedActions;
import org.procuredesk.system.ui.FormSubmission;
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
        CommentedActions form = new CommentedActions("decision");
        form.action("approve", "decision.approve", comment -> decide(form, task, Decision.APPROVED, comment, completed));
        form.action("return", "decision.return", comment -> decide(form, task, Decision.RETURNED, comment, completed));
        form.action("reject", "decision.reject", comment -> decide(form, task, Decision.REJECTED, comment, completed));
        return form;
    }

    private void decide(CommentedActions form, Task task, Decision decision, String comment, Runnable completed) {
        if (FormSubmission.ran(form, () -> approvals.decide(task.getId(), decision, comment))) {
            completed.run();
        }
    }
}
