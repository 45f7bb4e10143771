package org.procuredesk.stock;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each warehouse holds of each consumable it ever received, flagged when at or below the reorder point. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ConsumableCatalogue.READERS)
public class StockLevels {

    private final StockBalanceRepository balances;
    private final ConsumableItemRepository items;
    private final PeopleDirectory people;

    StockLevels(StockBalanceRepository balances, ConsumableItemRepository items, PeopleDirectory people) {
        this.balances = balances;
        this.items = items;
        this.people = people;
    }

    /** By SKU, then warehouse; only the warehouse's when one is given. */
    public List<StockLevel> levels(Long warehouseId) {
        Map<Long, ConsumableItem> byId = items.findAll().stream()
                .collect(Collectors.toMap(ConsumableItem::getId, Function.identity()));
        return balances.findInWarehouse(warehouseId).stream()
                .map(balance -> level(byId.get(balance.itemId()), balance))
                .sorted(Comparator.comparing(StockLevel::sku).thenComparing(StockLevel::warehouseName))
                .toList();
    }

    private StockLevel level(ConsumableItem item, StockBalance balance) {
        ConsumableSummary summary = item.summary();
        String warehouse = people.warehouseName(balance.warehouseId()).orElse(String.valueOf(balance.warehouseId()));
        return new StockLevel(summary.sku(), summary.name(), summary.unit(), balance.warehouseId(), warehouse,
                balance.onHand(), summary.reorderPoint(), summary.maxLevel(),
                balance.onHand() <= summary.reorderPoint());
    }
}
