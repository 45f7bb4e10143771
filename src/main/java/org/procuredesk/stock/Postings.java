package org.procuredesk.stock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DocumentNumbers;
import org.procuredesk.system.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a stock document and changes the balances it names, in the caller's transaction: either every line
 * moves or, on the first refusal, none does. Balance rows are changed in one order, by item and warehouse,
 * and before the document takes its number, so documents touching the same rows wait for each other instead
 * of deadlocking. A change that takes stock out and leaves it at or below the reorder point is announced
 * ({@link StockRanLow}).
 */
@Component
class Postings {

    private static final Comparator<Target> ROW_ORDER =
            Comparator.comparingLong(Target::itemId).thenComparingLong(Target::warehouseId);

    private final ConsumableItemRepository items;
    private final StockDocumentRepository documents;
    private final Balances balances;
    private final DocumentNumbers numbers;
    private final PeopleDirectory people;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Postings(ConsumableItemRepository items, StockDocumentRepository documents, Balances balances,
             DocumentNumbers numbers, PeopleDirectory people, Clock clock, ApplicationEventPublisher events) {
        this.items = items;
        this.documents = documents;
        this.balances = balances;
        this.numbers = numbers;
        this.people = people;
        this.clock = clock;
        this.events = events;
    }

    /** The lines as a document keeps them; refused when a SKU is not in the catalogue. */
    List<StockLine> lines(List<StockForms.Line> lines) {
        return lines.stream().map(line -> new StockLine(items.findBySku(line.sku().strip())
                .orElseThrow(() -> new DomainException("stock.unknownItem", line.sku())).getId(),
                line.quantity())).toList();
    }

    /** The warehouse's name; refused, on the field given, when there is no such warehouse. */
    String warehouseName(Long warehouseId, String field) {
        return people.warehouseName(warehouseId)
                .orElseThrow(() -> DomainException.ofField(field, "stock.unknownWarehouse", warehouseId));
    }

    StockDocument post(Posting posting) {
        Map<Long, ConsumableItem> byId = items.findAllById(posting.lines().stream().map(StockLine::itemId)
                .distinct().toList()).stream().collect(Collectors.toMap(ConsumableItem::getId, Function.identity()));
        changes(posting).forEach((target, change) -> apply(byId.get(target.itemId()), target.warehouseId(), change));
        // whole seconds, as every database keeps them, so the document reads back as written
        return documents.saveAndFlush(new StockDocument(numbers.next(posting.kind().series()), posting,
                CurrentUser.username(), clock.instant().truncatedTo(ChronoUnit.SECONDS), LocalDate.now(clock)));
    }

    /** The net change of each balance row the posting touches, in row order. */
    private static Map<Target, Integer> changes(Posting posting) {
        Map<Target, Integer> changes = new TreeMap<>(ROW_ORDER);
        for (StockLine line : posting.lines()) {
            if (posting.from() != null) {
                changes.merge(new Target(line.itemId(), posting.from()), -line.quantity(), Integer::sum);
            }
            if (posting.to() != null) {
                changes.merge(new Target(line.itemId(), posting.to()), line.quantity(), Integer::sum);
            }
        }
        return changes;
    }

    private void apply(ConsumableItem item, long warehouseId, int change) {
        if (change > 0) {
            balances.add(item, warehouseId, change);
        } else if (change < 0) {
            int left = balances.take(item, warehouseId, people.warehouseName(warehouseId).orElseThrow(), -change);
            if (left <= item.summary().reorderPoint()) {
                events.publishEvent(new StockRanLow(item.getId(), warehouseId));
            }
        }
    }

    private record Target(long itemId, long warehouseId) {
    }
}
