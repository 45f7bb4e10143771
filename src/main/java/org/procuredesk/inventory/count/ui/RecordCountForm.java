package org.procuredesk.inventory.count.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.inventory.count.CountRecording;
import org.procuredesk.inventory.count.InventoryCountProcess;
import org.procuredesk.inventory.count.InventoryCounts;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.TaskForm;

/** The form of the record task: IT support ticks what it found, lists what else it found, saves and submits. */
@SpringComponent
class RecordCountForm implements TaskForm {

    private final InventoryCounts counts;
    private final CountRecording recording;
    private final Formats formats;

    RecordCountForm(InventoryCounts counts, CountRecording recording, Formats formats) {
        this.counts = counts;
        this.recording = recording;
        this.formats = formats;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return InventoryCountProcess.RECORD_COUNT.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        return new RecordCountPanel(task.getId(), counts, recording, formats, completed);
    }
}
