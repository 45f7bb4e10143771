package org.procuredesk.request;

import java.util.EnumSet;
import java.util.Set;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Role;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may see an application: its requester; the head of its department; whoever one of its open
 * tasks is assigned or offered to; those whose work applications are (IT, approvers, the
 * warehouse) and auditors. To anyone else it does not exist,
 * and the attempt is logged.
 */
@Component
class RequestAccess {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAccess.class);
    private static final Set<Role> STAFF = EnumSet.of(Role.IT_SUPPORT, Role.IT_SUPPORT_HEAD, Role.IT_HEAD,
            Role.FINANCE, Role.SECURITY, Role.WAREHOUSE, Role.AUDITOR);

    private final PurchaseRequestRepository requests;
    private final PeopleDirectory peopleDirectory;
    private final TaskList taskList;

    RequestAccess(PurchaseRequestRepository requests, PeopleDirectory peopleDirectory, TaskList taskList) {
        this.requests = requests;
        this.peopleDirectory = peopleDirectory;
        this.taskList = taskList;
    }

    String currentUsername() {
        return CurrentUser.username();
    }

    /** The signed-in person's own application. */
    PurchaseRequest own(Long id) {
        String username = currentUsername();
        return requests.findById(id)
                .filter(request -> request.getRequesterUsername().equals(username))
                .orElseThrow(() -> refused(username, id));
    }

    /** An application the signed-in person may read. */
    PurchaseRequest readable(Long id) {
        String username = currentUsername();
        PersonSummary person = peopleDirectory.findByUsername(username).orElseThrow(() -> refused(username, id));
        return requests.findById(id)
                .filter(request -> request.getRequesterUsername().equals(username)
                        || person.roles().stream().anyMatch(STAFF::contains)
                        || isHeadOf(username, request.getDepartmentId())
                        || hasATaskOf(username, request))
                .orElseThrow(() -> refused(username, id));
    }

    /** Whoever an open task of the application is assigned or offered to, e.g. a stand-in line manager. */
    private boolean hasATaskOf(String username, PurchaseRequest request) {
        return request.getNumber() != null
                && taskList.hasTaskOnCase(username, request.getNumber());
    }

    private boolean isHeadOf(String username, Long departmentId) {
        return peopleDirectory.headOfDepartmentIfAny(departmentId).filter(username::equals).isPresent();
    }

    private DomainException refused(String username, Long id) {
        LOG.warn("Refused application {} to '{}': not theirs to see, or no such application", id, username);
        return new DomainException("request.notFound", String.valueOf(id));
    }
}
