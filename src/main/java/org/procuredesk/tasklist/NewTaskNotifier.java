package org.procuredesk.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells people of the tasks that are new to them, for every user task of every process: whoever a task is
 * assigned to (unless they took it themselves), or, for a task offered to roles, everyone holding them.
 */
@Component
class NewTaskNotifier extends AbstractProcessEnginePlugin implements TaskListener {

    private final ObjectProvider<Notifications> notifications;

    NewTaskNotifier(ObjectProvider<Notifications> notifications) {
        this.notifications = notifications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(EVENTNAME_CREATE, NewTaskNotifier.this);
                definition.addTaskListener(EVENTNAME_ASSIGNMENT, NewTaskNotifier.this);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution() == null ? "" : task.getExecution().getProcessBusinessKey();
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (task.getAssignee() != null && !task.getAssignee().equals(actor())) {
                tell(task.getAssignee(), task, "notice.newTask", caseNumber);
            }
        } else if (task.getAssignee() == null) {
            task.getCandidates().stream().filter(candidate -> IdentityLinkType.CANDIDATE.equals(candidate.getType()))
                    .forEach(candidate -> offered(candidate, task, caseNumber));
        }
    }

    private void offered(IdentityLink candidate, DelegateTask task, String caseNumber) {
        if (candidate.getGroupId() == null) {
            tell(candidate.getUserId(), task, "notice.newTask", caseNumber);
        } else {
            notifications.getObject().notifyRole(candidate.getGroupId(), NotificationKind.NEW_TASK,
                    Links.task(task.getId()), "notice.newGroupTask", caseNumber);
        }
    }

    private void tell(String username, DelegateTask task, String messageKey, String caseNumber) {
        notifications.getObject().notifyPerson(username, NotificationKind.NEW_TASK, Links.task(task.getId()),
                messageKey, caseNumber);
    }

    private static String actor() {
        return Context.getCommandContext().getAuthenticatedUserId();
    }
}
