package org.procuredesk.inventory;

import java.util.Optional;
import org.procuredesk.system.Message;

/**
 * Which status goes with which holder, as movements leave them: in stock only at a warehouse, in use never there,
 * and a written-off asset in nobody's hands (it stays, as a record, with the warehouse or branch that kept it).
 */
final class HolderFit {

    private HolderFit() {
    }

    static Optional<Message> refusal(HolderKind holder, AssetStatus status) {
        String key = switch (status) {
            case IN_STOCK -> holder == HolderKind.WAREHOUSE ? null : "asset.import.inStockOutsideWarehouse";
            case IN_USE -> holder == HolderKind.WAREHOUSE ? "asset.import.inUseAtWarehouse" : null;
            case WRITTEN_OFF -> holder == HolderKind.EMPLOYEE ? "asset.import.writtenOffHeld" : null;
            case IN_REPAIR -> null;
        };
        return Optional.ofNullable(key).map(Message::of);
    }
}
