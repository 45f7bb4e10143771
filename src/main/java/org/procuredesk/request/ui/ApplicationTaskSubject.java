package org.procuredesk.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationTimeline;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.RecordSection;
import org.procuredesk.system.ui.TaskSubject;

/**
 * Above every task of an Application to IT: the whole application, what the other features add to its page
 * (its decisions; what was ordered, received and handed over), and its history with what was said so far.
 */
@SpringComponent
class ApplicationTaskSubject implements TaskSubject {

    private final RequestTaskService requestTasks;
    private final ApplicationTimeline timeline;
    private final PeopleDirectory people;
    private final Formats formats;
    private final List<RecordSection> sections;

    ApplicationTaskSubject(RequestTaskService requestTasks, ApplicationTimeline timeline, PeopleDirectory people,
                           Formats formats, List<RecordSection> sections) {
        this.requestTasks = requestTasks;
        this.timeline = timeline;
        this.people = people;
        this.formats = formats;
        this.sections = sections;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return ApplicationToItProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public Component create(Task task) {
        VerticalLayout subject = new VerticalLayout();
        subject.setPadding(false);
        RequestView application = requestTasks.applicationOf(task.getId());
        subject.add(new ApplicationSummary(application, people, formats));
        sections.stream().filter(section -> section.handles(ApplicationToItProcess.KEY))
                .forEach(section -> subject.add(section.create(application.id())));
        subject.add(new H3(subject.getTranslation("timeline.title")),
                new TimelineGrid(timeline.ofTask(task.getId()), formats));
        return subject;
    }
}
