package org.procuredesk.repair;

import java.util.EnumSet;
import java.util.Set;
import org.procuredesk.inventory.Holder;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Role;
import org.procuredesk.system.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may see a repair case: who reported it, the employee holding the asset, and those whose work repairs are (IT
 * support and its head, the IT head) and auditors. To anyone else it does not exist, and the attempt is logged.
 */
@Component
class RepairAccess {

    private static final Logger LOG = LoggerFactory.getLogger(RepairAccess.class);
    private static final Set<Role> STAFF = EnumSet.of(Role.IT_SUPPORT, Role.IT_SUPPORT_HEAD, Role.IT_HEAD,
            Role.AUDITOR);

    private final RepairCaseRepository repairs;
    private final PeopleDirectory people;

    RepairAccess(RepairCaseRepository repairs, PeopleDirectory people) {
        this.repairs = repairs;
        this.people = people;
    }

    /** Whether the person sees every case. */
    boolean seesAll(String username) {
        return people.findByUsername(username).map(PersonSummary::roles)
                .filter(roles -> roles.stream().anyMatch(STAFF::contains)).isPresent();
    }

    /** Whether the person reports faults of any asset, not only of what they hold. */
    boolean reportsForAnyone(String username) {
        return people.findByUsername(username).filter(person -> person.roles().contains(Role.IT_SUPPORT))
                .isPresent();
    }

    RepairCase readable(long repairId, String username) {
        return repairs.findById(repairId)
                .filter(repair -> repair.getReportedBy().equals(username)
                        || repair.holder().equals(Holder.employee(username)) || seesAll(username))
                .orElseThrow(() -> {
                    LOG.warn("Refused repair case {} to '{}': not theirs to see, or no such case", repairId,
                            username);
                    return new DomainException("repair.notFound", String.valueOf(repairId));
                });
    }
}
