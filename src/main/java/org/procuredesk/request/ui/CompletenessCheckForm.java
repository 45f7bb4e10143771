package org.procuredesk.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.system.ui.CommentedActions;
import org.procuredesk.system.ui.TaskForm;

/** IT support's check (2.14): accept a complete application, or return it saying what is missing. */
@SpringComponent
class CompletenessCheckForm implements TaskForm {

    private final RequestTaskService requestTasks;

    CompletenessCheckForm(RequestTaskService requestTasks) {
        this.requestTasks = requestTasks;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApplicationToItProcess.CHECK_COMPLETENESS.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        return new CommentedActions("completeness", completed)
                .action("accept", "completeness.accept",
                        comment -> requestTasks.checkCompleteness(task.getId(), Completeness.ACCEPTED, comment))
                .action("return", "completeness.return",
                        comment -> requestTasks.checkCompleteness(task.getId(), Completeness.RETURNED, comment));
    }
}
