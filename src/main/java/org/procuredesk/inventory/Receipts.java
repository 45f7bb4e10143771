package org.procuredesk.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.procuredesk.system.DocumentNumbers;
import org.procuredesk.system.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Puts received items on the register, each under a new inventory number (series INV, skipping numbers an
 * import brought onto the register), in stock at the warehouse that received them. A serial number already on
 * the register is refused, also when another receipt registered it meanwhile and the database's unique
 * constraint is what notices.
 */
@Component
class Receipts {

    private static final String SERIES = "INV";
    private static final String SERIAL_CONSTRAINT = "uk_asset_serial_key";

    private final AssetRepository assets;
    private final DocumentNumbers numbers;
    private final ReceivedItemRules rules;
    private final Holders holders;
    private final Clock clock;

    Receipts(AssetRepository assets, DocumentNumbers numbers, ReceivedItemRules rules, Holders holders, Clock clock) {
        this.assets = assets;
        this.numbers = numbers;
        this.rules = rules;
        this.holders = holders;
        this.clock = clock;
    }

    List<Asset> register(long requestId, long warehouseId, List<NewAsset> items) {
        Holder warehouse = holders.known(Holder.warehouse(warehouseId));
        rules.refuseInvalid(items);
        Instant now = clock.instant();
        List<Asset> registered = items.stream()
                .map(item -> new Asset(freeNumber(), item, warehouse, requestId, now)).toList();
        try {
            return assets.saveAllAndFlush(registered);
        } catch (DataIntegrityViolationException violation) {
            String message = violation.getMostSpecificCause().getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(SERIAL_CONSTRAINT)) {
                throw new DomainException("asset.serialRegisteredMeanwhile");
            }
            throw violation;
        }
    }

    /** The series' next number that no imported asset already carries. */
    private String freeNumber() {
        String number = numbers.next(SERIES);
        while (assets.existsByInventoryNumberIgnoreCase(number)) {
            number = numbers.next(SERIES);
        }
        return number;
    }
}
