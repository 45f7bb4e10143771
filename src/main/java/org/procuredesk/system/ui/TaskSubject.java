package org.procuredesk.system.ui;

import com.vaadin.flow.component.Component;
import org.camunda.bpm.engine.task.Task;

/** What a task is about, shown above its {@link TaskForm}: e.g. the whole application an approval is asked on. */
public interface TaskSubject {

    /** @param processDefinitionKey the key of the process the task belongs to */
    boolean handles(String processDefinitionKey);

    Component create(Task task);
}
