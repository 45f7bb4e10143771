package org.procuredesk.inventory.count;

import java.util.List;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.EquipmentSearch;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/**
 * What an item found besides the list is: the asset of the register with its inventory number, or the one asset
 * not written off with its serial number; with neither, an item unknown to the register, described.
 */
@Component
class FoundItems {

    private final AssetRegister register;
    private final EquipmentSearch search;

    FoundItems(AssetRegister register, EquipmentSearch search) {
        this.register = register;
        this.search = search;
    }

    CountLine lineFor(Long countId, FoundItem item) {
        String inventoryNumber = blankAsNull(item.inventoryNumber());
        String serialNumber = blankAsNull(item.serialNumber());
        if (inventoryNumber != null) {
            AssetSummary asset = register.findByInventoryNumber(inventoryNumber).orElseThrow(() ->
                    DomainException.ofField("inventoryNumber", "inventoryCount.unknownInventoryNumber", inventoryNumber));
            if (asset.status() == AssetStatus.WRITTEN_OFF) {
                throw DomainException.ofField("inventoryNumber", "inventoryCount.writtenOffFound", inventoryNumber);
            }
            return CountLine.foundBesides(countId, asset);
        }
        if (serialNumber == null) {
            throw DomainException.ofField("inventoryNumber", "inventoryCount.identifyItem");
        }
        List<AssetSummary> onRegister = search.find(null, serialNumber).stream()
                .filter(asset -> asset.status() != AssetStatus.WRITTEN_OFF).toList();
        if (onRegister.size() > 1) {
            throw DomainException.ofField("serialNumber", "inventoryCount.serialAmbiguous", serialNumber);
        }
        if (onRegister.size() == 1) {
            return CountLine.foundBesides(countId, onRegister.get(0));
        }
        String description = blankAsNull(item.description());
        if (description == null) {
            throw DomainException.ofField("description", "inventoryCount.describeUnknown", serialNumber);
        }
        return CountLine.unknown(countId, serialNumber, description);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
