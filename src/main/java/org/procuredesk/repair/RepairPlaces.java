package org.procuredesk.repair;

import java.util.Optional;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.WarehouseSummary;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** Where a faulty asset's holder is: the branch, and the branch's IT warehouse that takes the asset in and lends spares. */
@Component
class RepairPlaces {

    private final PeopleDirectory people;

    RepairPlaces(PeopleDirectory people) {
        this.people = people;
    }

    /** The holder's branch: an employee's, a warehouse's, or the branch itself; none for an employee without one. */
    Optional<Long> branchOf(Holder holder) {
        return switch (holder.kind()) {
            case EMPLOYEE -> people.findByUsername(holder.reference()).map(PersonSummary::branchId);
            case WAREHOUSE -> people.warehouses().stream()
                    .filter(warehouse -> String.valueOf(warehouse.id()).equals(holder.reference()))
                    .map(WarehouseSummary::branchId).findFirst();
            case BRANCH -> Optional.of(Long.valueOf(holder.reference()));
        };
    }

    /** The warehouse that takes the holder's asset in: the one holding it, or the first of the holder's branch. */
    long warehouseFor(Holder holder) {
        if (holder.kind() == HolderKind.WAREHOUSE) {
            return Long.parseLong(holder.reference());
        }
        return branchOf(holder).flatMap(people::warehouseOfBranch)
                .orElseThrow(() -> new DomainException("repair.noWarehouse"));
    }
}
