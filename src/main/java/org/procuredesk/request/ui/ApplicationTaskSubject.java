package org.procuredesk.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationTimeline;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.TaskSubject;

/** Above every task of an Application to IT: the whole application and its history, with what was said so far. */
@SpringComponent
class ApplicationTaskSubject implements TaskSubject {

    private final RequestTaskService requestTasks;
    private final ApplicationTimeline timeline;
    private final PeopleDirectory people;
    private final Formats formats;

    ApplicationTaskSubject(RequestTaskService requestTasks, ApplicationTimeline timeline, PeopleDirectory people,
                           Formats formats) {
        this.requestTasks = requestTasks;
        this.timeline = timeline;
        this.people = people;
        this.formats = formats;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return ApplicationToItProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public Component create(Task task) {
        VerticalLayout subject = new VerticalLayout();
        subject.setPadding(false);
        subject.add(new ApplicationSummary(requestTasks.applicationOf(task.getId()), people, formats),
                new H3(subject.getTranslation("timeline.title")),
                new TimelineGrid(timeline.ofTask(task.getId()), formats));
        return subject;
    }
}
