package org.procuredesk.system.ui;

import com.vaadin.flow.component.Component;
import org.camunda.bpm.engine.task.Task;

/**
 * The form that completes one kind of user task, as a Spring bean of the feature whose task it is. The
 * task list opens every task on one route and asks these beans which of them handles it; it knows
 * nothing else of the features, and they know nothing of the task list.
 */
public interface TaskForm {

    boolean handles(String taskDefinitionKey);

    /** @param completed to run once the task is completed through the feature's service */
    Component create(Task task, Runnable completed);
}
