package org.procuredesk.approval;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/** Who could decide an approval task: its assignee, or else everyone it is offered to, by name or by role. */
@Component
class Deciders {

    private final PeopleDirectory peopleDirectory;

    Deciders(PeopleDirectory peopleDirectory) {
        this.peopleDirectory = peopleDirectory;
    }

    List<String> of(DelegateTask task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .flatMap(this::people)
                .distinct()
                .toList();
    }

    private Stream<String> people(IdentityLink candidate) {
        return candidate.getUserId() != null ? Stream.of(candidate.getUserId())
                : peopleDirectory.activeUsernamesWithRole(candidate.getGroupId()).stream();
    }
}
