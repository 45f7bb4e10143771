package org.procuredesk.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.procuredesk.request.ApplicationToItProcess;
import org.springframework.stereotype.Component;

/**
 * An approval still open on its due day ({@code ${remindApprover}}, a timeout task listener whose timer
 * falls at the task's due date) reminds whoever could decide it, never the requester.
 */
@Component("remindApprover")
class RemindApproverListener implements TaskListener {

    private final Deciders deciders;
    private final Notifications notifications;

    RemindApproverListener(Deciders deciders, Notifications notifications) {
        this.deciders = deciders;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        Object requester = task.getVariable(ApplicationToItProcess.VAR_REQUESTER);
        String number = task.getExecution().getProcessBusinessKey();
        deciders.of(task).stream().filter(decider -> !decider.equals(requester))
                .forEach(decider -> notifications.notifyPerson(decider, NotificationKind.REMINDER,
                        Links.task(task.getId()), "notice.approvalDueToday", number));
    }
}
