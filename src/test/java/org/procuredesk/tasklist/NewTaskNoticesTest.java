package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.notification.Inbox;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.NotificationView;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;

/** A new task is announced to whoever it is for: its assignee, or everyone holding a role it is offered to. */
@ProcureDeskIntegrationTest
class NewTaskNoticesTest {

    @Autowired
    Notifications notifications;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskAssignments assignments;

    @Test
    void aTaskOfferedToARoleIsAnnouncedToEveryoneHoldingItAndToNobodyElse() {
        RequestView application = submitted();
        String link = Links.task(task(application, ApplicationToItProcess.CHECK_COMPLETENESS).getId());

        assertThat(inbox().leadingTo("ion.support", link)).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.NEW_TASK);
            assertThat(notice.text()).isEqualTo("A new task on " + application.number() + " is waiting for your role.");
        });
        assertThat(inbox().leadingTo("mihai.manager", link)).isEmpty();
        assertThat(inbox().leadingTo("ana.requester", link)).isEmpty();
    }

    @Test
    void aTaskAssignedToSomeoneIsAnnouncedToThemButOneTheyClaimThemselvesIsNot() {
        RequestView application = submitted();
        Task check = task(application, ApplicationToItProcess.CHECK_COMPLETENESS);
        as(people, "ion.support", () -> assignments.claim(check.getId()));
        as(people, "ion.support", () -> requestTasks.checkCompleteness(check.getId(), Completeness.ACCEPTED, null));
        String approval = Links.task(task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId());

        assertThat(inbox().leadingTo("ion.support", Links.task(check.getId())))
                .extracting(NotificationView::kind).containsExactly(NotificationKind.NEW_TASK);
        assertThat(inbox().leadingTo("mihai.manager", approval)).singleElement().satisfies(notice ->
                assertThat(notice.text()).isEqualTo("You have a new task on " + application.number() + "."));
    }

    private Inbox inbox() {
        return new Inbox(notifications, people);
    }

    private RequestView submitted() {
        return as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
    }

    private Task task(RequestView application, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(step).singleResult();
    }
}
