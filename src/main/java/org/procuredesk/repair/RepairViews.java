package org.procuredesk.repair;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.procuredesk.inventory.AssetRepairs;
import org.procuredesk.inventory.Holder;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/** Repair cases as views, with the names of the holder and the reporter. */
@Component
class RepairViews {

    private final AssetRepairs assets;
    private final PeopleDirectory people;

    RepairViews(AssetRepairs assets, PeopleDirectory people) {
        this.assets = assets;
        this.people = people;
    }

    RepairView view(RepairCase repair) {
        return views(List.of(repair)).get(0);
    }

    /** Looks each holder and reporter up once, for lists in which the same people come back. */
    List<RepairView> views(List<RepairCase> repairs) {
        Map<Holder, String> holders = new HashMap<>();
        Map<String, String> reporters = new HashMap<>();
        return repairs.stream().map(repair -> repair.view(
                holders.computeIfAbsent(repair.holder(), assets::nameOf),
                reporters.computeIfAbsent(repair.getReportedBy(), this::personName))).toList();
    }

    private String personName(String username) {
        String name = people.nameOf(username);
        return name == null ? username : name;
    }
}
