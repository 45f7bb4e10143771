package org.procuredesk.stock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock positions for reordering, read by background steps as much as by people: the services that show them
 * check who reads.
 */
@Service
@Transactional(readOnly = true)
public class StockPositions {

    static final int DEMAND_DAYS = 30;

    private final StockBalanceRepository balances;
    private final ConsumableItemRepository items;
    private final PeopleDirectory people;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StockPositions(StockBalanceRepository balances, ConsumableItemRepository items, PeopleDirectory people,
                   JdbcTemplate jdbc, Clock clock) {
        this.balances = balances;
        this.items = items;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the warehouse holds of the consumable now; empty when either does not exist. */
    public Optional<StockPosition> of(long itemId, long warehouseId) {
        return items.findById(itemId).flatMap(item -> people.warehouseName(warehouseId).map(warehouse ->
                position(item, warehouseId, warehouse, balances.onHand(itemId, warehouseId).orElse(0))));
    }

    /** Every active consumable a warehouse holds at or below its reorder point. */
    public List<StockPosition> atOrBelowReorderPoint() {
        return balances.findAtOrBelowReorderPoint().stream()
                .map(balance -> of(balance.itemId(), balance.warehouseId()).orElseThrow())
                .toList();
    }

    private StockPosition position(ConsumableItem item, long warehouseId, String warehouseName, int onHand) {
        ConsumableSummary summary = item.summary();
        return new StockPosition(item.getId(), summary.sku(), summary.name(), summary.unit(), warehouseId,
                warehouseName, onHand, summary.reorderPoint(), summary.maxLevel(),
                leadTimeDemand(item.getId(), warehouseId, summary.leadTimeDays()), summary.preferredSupplier(),
                summary.packSize(), summary.unitPrice());
    }

    private int leadTimeDemand(long itemId, long warehouseId, int leadTimeDays) {
        Integer issued = jdbc.queryForObject("select coalesce(sum(l.quantity), 0) from stock_document d"
                + " join stock_document_line l on l.document_id = d.id where d.kind = 'ISSUE'"
                + " and d.from_warehouse_id = ? and l.item_id = ? and d.document_date > ?", Integer.class,
                warehouseId, itemId, LocalDate.now(clock).minusDays(DEMAND_DAYS));
        return (int) Math.ceil((double) issued * leadTimeDays / DEMAND_DAYS);
    }
}
