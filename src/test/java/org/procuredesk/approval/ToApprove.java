package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.people.Newcomers;
import org.procuredesk.people.PeopleAdministration;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Role;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.Applications;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.springframework.stereotype.Component;

/**
 * Applications waiting for their approvals, of requesters no other test knows: every test shares one
 * database, and a requester's earlier applications would make an approver look closer at a new one.
 * Each requester works in the Operations department, so mihai.manager is their line manager.
 */
@Component
class ToApprove {

    static final String LINE_MANAGER = "mihai.manager";

    private final PeopleAdministration administration;
    private final Newcomers newcomers;
    private final PeopleDirectory people;
    private final PurchaseRequestService requests;
    private final RequestTaskService requestTasks;
    private final TaskService taskService;

    ToApprove(PeopleAdministration administration, Newcomers newcomers, PeopleDirectory people,
              PurchaseRequestService requests, RequestTaskService requestTasks, TaskService taskService) {
        this.administration = administration;
        this.newcomers = newcomers;
        this.people = people;
        this.requests = requests;
        this.requestTasks = requestTasks;
        this.taskService = taskService;
    }

    /** A requester who has asked for nothing yet, in ana.requester's department and branch. */
    String newRequester() {
        return newcomers.besides("ana.requester", "test", Role.REQUESTER);
    }

    /** A security officer besides dan.security, in no department. */
    String newSecurityOfficer() {
        return newcomers.withRole("test", Role.SECURITY);
    }

    /** No longer active, so that nothing more is offered to them. */
    void retire(String username) {
        PersonSummary person = people.findByUsername(username).orElseThrow();
        PersonForm form = PersonForm.of(person);
        as(people, "alex.admin", () -> administration.update(person.id(), new PersonForm(form.username(),
                form.fullName(), form.email(), form.departmentId(), form.branchId(), form.roles(), false, null,
                form.version())));
    }

    /** Submitted by the requester and accepted by IT support: waiting for its line manager. */
    RequestView submitted(String requester, LineForm... lines) {
        RequestView application = as(people, requester, () -> requests.submit(null, Applications.form(people, lines)));
        as(people, "ion.support", () -> requestTasks.checkCompleteness(
                task(application, ApplicationToItProcess.CHECK_COMPLETENESS).getId(), Completeness.ACCEPTED, null));
        return application;
    }

    Task task(RequestView application, String step) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(step).singleResult();
        assertThat(task).as("open %s of %s", step, application.number()).isNotNull();
        return task;
    }
}
