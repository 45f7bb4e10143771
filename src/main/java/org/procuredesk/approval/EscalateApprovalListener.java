package org.procuredesk.approval;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Role;
import org.procuredesk.request.ApplicationToItProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An approval still open 3 working days after it was due ({@code ${escalateApproval}}, a timeout
 * task listener) is escalated: it is offered as well to the head of each person who could have
 * decided it, and — where that is nobody else, as for a department head's own task — to the head
 * of IT support, the second line. Its priority is raised so task lists show it first, and those it
 * is escalated to are told.
 */
@Component("escalateApproval")
class EscalateApprovalListener implements TaskListener {

    static final int ESCALATED_PRIORITY = 80;
    private static final Logger LOG = LoggerFactory.getLogger(EscalateApprovalListener.class);

    private final PeopleDirectory peopleDirectory;
    private final Deciders deciders;
    private final Notifications notifications;

    EscalateApprovalListener(PeopleDirectory peopleDirectory, Deciders deciders, Notifications notifications) {
        this.peopleDirectory = peopleDirectory;
        this.deciders = deciders;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String requester = (String) task.getVariable(ApplicationToItProcess.VAR_REQUESTER);
        Set<String> heads = new LinkedHashSet<>();
        deciders.of(task).forEach(approver -> peopleDirectory.findByUsername(approver)
                .map(PersonSummary::departmentId).filter(Objects::nonNull)
                .flatMap(peopleDirectory::headOfDepartmentIfAny)
                .filter(head -> !head.equals(approver) && !head.equals(requester))
                .ifPresent(heads::add));
        if (heads.isEmpty()) {
            task.addCandidateGroup(Role.IT_SUPPORT_HEAD.name());
        } else {
            heads.forEach(task::addCandidateUser);
        }
        task.setPriority(Math.max(task.getPriority(), ESCALATED_PRIORITY));
        tell(task, heads);
        LOG.info("Escalated task {} of {} to {}", task.getId(), task.getProcessInstanceId(),
                heads.isEmpty() ? Role.IT_SUPPORT_HEAD : heads);
    }

    private void tell(DelegateTask task, Set<String> heads) {
        String link = Links.task(task.getId());
        Object[] args = {task.getExecution().getProcessBusinessKey(), task.getDueDate()};
        if (heads.isEmpty()) {
            notifications.notifyRole(Role.IT_SUPPORT_HEAD.name(), NotificationKind.ESCALATION, link,
                    "notice.approvalEscalated", args);
        } else {
            heads.forEach(head -> notifications.notifyPerson(head, NotificationKind.ESCALATION, link,
                    "notice.approvalEscalated", args));
        }
    }
}
