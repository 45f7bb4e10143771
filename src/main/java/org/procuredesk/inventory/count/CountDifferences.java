package org.procuredesk.inventory.count;

import java.util.Optional;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.AssetSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model's step after IT support submits a count (bean {@code countDifferences}): lists its differences
 * (missing, surplus, wrong holder) against the register as it is now, and says whether there are any.
 */
@Component("countDifferences")
public class CountDifferences {

    private final InventoryCountRepository counts;
    private final CountLineRepository lines;
    private final AssetRegister register;

    CountDifferences(InventoryCountRepository counts, CountLineRepository lines, AssetRegister register) {
        this.counts = counts;
        this.lines = lines;
        this.register = register;
    }

    @Transactional
    public void list(long countId) {
        InventoryCount count = counts.findById(countId).orElseThrow();
        boolean any = false;
        for (CountLine line : lines.findByCountIdOrderByExpectedDescIdAsc(countId)) {
            line.classify(asset(line), count.location());
            any |= line.difference() != null;
        }
        count.differencesListed(any);
    }

    @Transactional(readOnly = true)
    public boolean found(long countId) {
        return lines.existsByCountIdAndDifferenceIsNotNull(countId);
    }

    private Optional<AssetSummary> asset(CountLine line) {
        return line.inventoryNumber() == null ? Optional.empty()
                : register.findByInventoryNumber(line.inventoryNumber());
    }
}
