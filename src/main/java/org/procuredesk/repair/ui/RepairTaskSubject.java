package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.repair.RepairDocuments;
import org.procuredesk.repair.RepairProcess;
import org.procuredesk.repair.RepairTasks;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.TaskSubject;

/** Above each repair task's form: the case it is about. */
@SpringComponent
class RepairTaskSubject implements TaskSubject {

    private final RepairTasks tasks;
    private final RepairDocuments documents;
    private final Formats formats;

    RepairTaskSubject(RepairTasks tasks, RepairDocuments documents, Formats formats) {
        this.tasks = tasks;
        this.documents = documents;
        this.formats = formats;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return RepairProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public Component create(Task task) {
        return new RepairFacts(tasks.repairOf(task.getId()), documents, formats);
    }
}
