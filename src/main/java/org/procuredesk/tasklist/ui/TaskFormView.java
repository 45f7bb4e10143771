package org.procuredesk.tasklist.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.system.ui.RecordRefusal;
import org.procuredesk.system.ui.TaskForm;
import org.procuredesk.system.ui.TaskSubject;
import org.procuredesk.tasklist.TaskList;

/**
 * Every user task opens here: what it is about and the form that completes it, both from the feature the
 * task belongs to. A task handled meanwhile says by whom; one that is not the person's does not exist.
 */
@Route("tasks/:taskId")
@PermitAll
public class TaskFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskList taskList;
    private final List<TaskSubject> subjects;
    private final List<TaskForm> forms;
    private String title = "";

    public TaskFormView(TaskList taskList, List<TaskSubject> subjects, List<TaskForm> forms) {
        this.taskList = taskList;
        this.subjects = subjects;
        this.forms = forms;
    }

    static String path(String taskId) {
        return "tasks/" + taskId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRefusal.showOrRefuse(this, "task-refused", () -> show(taskList.open(event.getRouteParameters().get("taskId").orElseThrow())));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Task task) {
        title = getTranslation("step." + task.getTaskDefinitionKey());
        H2 heading = new H2(title);
        heading.setId("task-title");
        add(heading);
        String processKey = taskList.processKeyOf(task);
        subjects.stream().filter(subject -> subject.handles(processKey)).forEach(subject -> add(subject.create(task)));
        forms.stream().filter(form -> form.handles(task.getTaskDefinitionKey())).findFirst()
                .ifPresentOrElse(form -> add(form.create(task, this::completed)),
                        () -> add(new Paragraph(getTranslation("task.noForm"))));
    }

    private void completed() {
        FormSubmission.notifySuccess(getTranslation("task.completed"));
        UI.getCurrent().navigate(MyTasksView.class);
    }
}
