package org.procuredesk.inventory.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.WarehouseSummary;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** The places counted: warehouses and branches of the company, by their names. */
@Component
class CountLocations {

    private final PeopleDirectory people;

    CountLocations(PeopleDirectory people) {
        this.people = people;
    }

    /** The place as a holder of assets; refused unless it is an existing warehouse or branch. */
    Holder known(HolderKind kind, Long id) {
        if (kind == null || id == null || name(kind, id).isEmpty()) {
            throw DomainException.ofField("location", "inventoryCount.unknownLocation");
        }
        return kind == HolderKind.WAREHOUSE ? Holder.warehouse(id) : Holder.branch(id);
    }

    String nameOf(Holder location) {
        return name(location.kind(), Long.parseLong(location.reference())).orElse(location.reference());
    }

    /** Each branch, followed by its warehouses. */
    List<CountLocation> choices() {
        Map<Long, List<WarehouseSummary>> warehouses = people.warehouses().stream()
                .collect(Collectors.groupingBy(WarehouseSummary::branchId));
        List<CountLocation> choices = new ArrayList<>();
        for (BranchSummary branch : people.branches()) {
            choices.add(new CountLocation(HolderKind.BRANCH, branch.id(), branch.name()));
            warehouses.getOrDefault(branch.id(), List.of()).forEach(warehouse -> choices.add(
                    new CountLocation(HolderKind.WAREHOUSE, warehouse.id(), warehouse.name())));
        }
        return choices;
    }

    private Optional<String> name(HolderKind kind, long id) {
        return switch (kind) {
            case WAREHOUSE -> people.warehouseName(id);
            case BRANCH -> people.branchName(id);
            case EMPLOYEE -> Optional.empty();
        };
    }
}
