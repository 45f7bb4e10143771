package org.procuredesk.licence;

import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** Who may hold a licence's seat: an active person, or an asset on the register that is not written off. */
@Component
class Assignees {

    private final PeopleDirectory people;
    private final AssetRegister register;

    Assignees(PeopleDirectory people, AssetRegister register) {
        this.people = people;
        this.register = register;
    }

    /** Refused, on the assignee field, when there is no such active person or asset in use. */
    void refuseUnknown(AssigneeKind kind, String assignee) {
        boolean known = switch (kind) {
            case PERSON -> people.isActive(assignee);
            case ASSET -> register.findByInventoryNumber(assignee)
                    .filter(asset -> asset.status() != AssetStatus.WRITTEN_OFF).isPresent();
        };
        if (!known) {
            throw DomainException.ofField("assignee", "licence.unknownAssignee." + kind.name(), assignee);
        }
    }
}
