package org.procuredesk.inventory.count;

import java.util.List;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/** Counts as people read them: the place and the people by their names, and who holds each asset found besides. */
@Component
class CountViews {

    private final CountLineRepository lines;
    private final CountLocations locations;
    private final AssetRegister register;
    private final PeopleDirectory people;

    CountViews(CountLineRepository lines, CountLocations locations, AssetRegister register, PeopleDirectory people) {
        this.lines = lines;
        this.locations = locations;
        this.register = register;
        this.people = people;
    }

    CountSummary summary(InventoryCount count) {
        return count.summary(locations.nameOf(count.location()), people.nameOf(count.orderedBy()),
                people.nameOf(count.recordedBy()), people.nameOf(count.approvedBy()));
    }

    CountDetail detail(InventoryCount count) {
        List<CountLineView> views = lines.findByCountIdOrderByExpectedDescIdAsc(count.id()).stream()
                .map(line -> line.view(holderName(line))).toList();
        return new CountDetail(summary(count), views);
    }

    private String holderName(CountLine line) {
        return line.isExpected() || line.inventoryNumber() == null ? null
                : register.findByInventoryNumber(line.inventoryNumber()).map(AssetSummary::holderName).orElse(null);
    }
}
