package org.procuredesk.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.approval.ApprovalTasks;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.system.Message;
import org.procuredesk.system.MessageTexts;
import org.procuredesk.system.ui.CommentedActions;
import org.procuredesk.system.ui.TaskForm;

/**
 * Every approval task: approve, reject or return for correction; rejecting and returning say why. Above the
 * buttons, why the approval deserves a closer look, if it does.
 */
@SpringComponent
class ApprovalForm implements TaskForm {

    private final ApprovalService approvals;
    private final MessageTexts texts;

    ApprovalForm(ApprovalService approvals, MessageTexts texts) {
        this.approvals = approvals;
        this.texts = texts;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApprovalTasks.of(taskDefinitionKey).isPresent();
    }

    @Override
    public Component create(Task task, Runnable completed) {
        CommentedActions actions = new CommentedActions("decision", completed)
                .action("approve", "decision.approve", comment -> decide(task, Decision.APPROVED, comment))
                .action("return", "decision.return", comment -> decide(task, Decision.RETURNED, comment))
                .action("reject", "decision.reject", comment -> decide(task, Decision.REJECTED, comment));
        List<Message> warnings = approvals.warningsOn(task.getId());
        if (warnings.isEmpty()) {
            return actions;
        }
        WarningBadges badges = new WarningBadges(warnings, texts);
        badges.setId("approval-warnings");
        VerticalLayout form = new VerticalLayout(badges, actions);
        form.setPadding(false);
        return form;
    }

    private void decide(Task task, Decision decision, String comment) {
        approvals.decide(task.getId(), decision, comment);
    }
}
