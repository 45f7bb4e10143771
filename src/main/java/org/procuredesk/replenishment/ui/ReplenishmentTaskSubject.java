package org.procuredesk.replenishment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.replenishment.ReplenishmentProcess;
import org.procuredesk.replenishment.ReplenishmentTasks;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.TaskSubject;

/** Above each replenishment task's form: the order it is about. */
@SpringComponent
class ReplenishmentTaskSubject implements TaskSubject {

    private final ReplenishmentTasks tasks;
    private final Formats formats;

    ReplenishmentTaskSubject(ReplenishmentTasks tasks, Formats formats) {
        this.tasks = tasks;
        this.formats = formats;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return ReplenishmentProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public Component create(Task task) {
        return new ReplenishmentFacts(tasks.replenishmentOf(task.getId()), formats);
    }
}
