package org.procuredesk.inventory.count;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.Holder;
import org.procuredesk.system.DocumentNumbers;
import org.springframework.stereotype.Component;

/**
 * What the approved differences of a count become: each holder's wrong-held assets move to the counted place on a
 * movement document of their own; the missing assets are written off and the surplus items listed for IT support
 * to register, together on one inventory adjustment document (series ADJ) that names the count.
 */
@Component
class AdjustmentDocuments {

    static final String SERIES = "ADJ";

    private final AssetRegister register;
    private final DocumentNumbers numbers;

    AdjustmentDocuments(AssetRegister register, DocumentNumbers numbers) {
        this.register = register;
        this.numbers = numbers;
    }

    /** @return the adjustment document's number; none when nothing was missing or surplus */
    String make(InventoryCount count, List<CountLine> approved, String approvedBy) {
        moveWrongHeld(count, of(approved, Difference.WRONG_HOLDER), approvedBy);
        List<CountLine> missing = of(approved, Difference.MISSING);
        List<CountLine> surplus = of(approved, Difference.SURPLUS);
        if (missing.isEmpty() && surplus.isEmpty()) {
            return null;
        }
        String number = numbers.next(SERIES);
        missing.forEach(line -> {
            register.writeOff(line.inventoryNumber());
            line.resolve(Resolution.WRITTEN_OFF, number);
        });
        surplus.forEach(line -> line.resolve(Resolution.TO_REGISTER, number));
        return number;
    }

    private void moveWrongHeld(InventoryCount count, List<CountLine> wrongHeld, String approvedBy) {
        Map<Holder, List<CountLine>> byHolder = wrongHeld.stream().collect(Collectors.groupingBy(
                line -> register.findByInventoryNumber(line.inventoryNumber()).orElseThrow().holder(),
                LinkedHashMap::new, Collectors.toList()));
        byHolder.values().forEach(lines -> {
            String movement = register.move(lines.stream().map(CountLine::inventoryNumber).toList(),
                    count.location(), "Inventory count " + count.number(), approvedBy).number();
            lines.forEach(line -> line.resolve(Resolution.MOVED, movement));
        });
    }

    private static List<CountLine> of(List<CountLine> lines, Difference difference) {
        return lines.stream().filter(line -> line.difference() == difference).toList();
    }
}
