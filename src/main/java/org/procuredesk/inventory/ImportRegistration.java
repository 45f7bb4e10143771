package org.procuredesk.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.procuredesk.system.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts checked rows of an imported file on the register in one transaction, with an opening-balance movement
 * document per holder ("Imported from <file>", from and to the holder) so each asset's history says where it came
 * from. A number or serial number another registered meanwhile fails the whole call, by the database's constraints.
 */
@Component
class ImportRegistration {

    private final AssetRepository assets;
    private final Movements movements;
    private final Messages messages;
    private final Clock clock;

    ImportRegistration(AssetRepository assets, Movements movements, Messages messages, Clock clock) {
        this.assets = assets;
        this.movements = movements;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    void register(List<RegisterEntry> entries, String fileName, String recordedBy) {
        Instant now = clock.instant();
        List<Asset> registered = assets.saveAllAndFlush(entries.stream().map(entry -> new Asset(entry, now)).toList());
        String reason = messages.get("asset.import.openingReason", fileName);
        Map<Holder, List<Long>> byHolder = registered.stream().collect(Collectors.groupingBy(Asset::holder,
                LinkedHashMap::new, Collectors.mapping(Asset::getId, Collectors.toList())));
        byHolder.forEach((holder, ids) -> movements.record(new Movement(holder, holder, reason, null, ids),
                recordedBy));
    }
}
