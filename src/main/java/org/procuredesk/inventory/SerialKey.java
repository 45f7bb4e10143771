package org.procuredesk.inventory;

import java.util.Optional;
import org.procuredesk.request.EquipmentCategory;

/**
 * What no two assets on the register may share while neither is written off: a serial number within
 * a category and model, case and spaces aside. An asset without a serial number has none.
 */
final class SerialKey {

    private SerialKey() {
    }

    static Optional<String> of(EquipmentCategory category, String model, String serialNumber) {
        return Optional.ofNullable(Text.orNull(serialNumber))
                .map(serial -> category.name() + "|" + Text.normalized(model) + "|" + Text.normalized(serial));
    }
}
