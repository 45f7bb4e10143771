package org.procuredesk.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.system.ui.TaskForm;

/** The requester's answer to a returned application: the application to correct and resubmit, or to withdraw. */
@SpringComponent
class CorrectionForm implements TaskForm {

    private final RequestTaskService requestTasks;
    private final PeopleDirectory people;
    private final Formats formats;
    private final Clock clock;

    CorrectionForm(RequestTaskService requestTasks, PeopleDirectory people, Formats formats, Clock clock) {
        this.requestTasks = requestTasks;
        this.people = people;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApplicationToItProcess.CORRECT_APPLICATION.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        ApplicationEditor editor = new ApplicationEditor(people.branches(), LocalDate.now(clock), formats);
        editor.show(requestTasks.applicationOf(task.getId()).asForm());
        Button resubmit = new Button(editor.getTranslation("correction.resubmit"), click -> {
            if (FormSubmission.ran(editor, () -> requestTasks.resubmit(task.getId(), editor.value()))) {
                completed.run();
            }
        });
        resubmit.setId("correction-resubmit");
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button withdraw = new Button(editor.getTranslation("correction.withdraw"), click -> {
            requestTasks.withdrawReturned(task.getId());
            completed.run();
        });
        withdraw.setId("correction-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new VerticalLayout(editor, new HorizontalLayout(resubmit, withdraw));
    }
}
