package org.procuredesk.stock;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/** Stock documents as people read them: with the warehouses' names and the consumables' SKUs. */
@Component
class StockViews {

    private final ConsumableItemRepository items;
    private final StockDocumentRepository documents;
    private final PeopleDirectory people;

    StockViews(ConsumableItemRepository items, StockDocumentRepository documents, PeopleDirectory people) {
        this.items = items;
        this.documents = documents;
        this.people = people;
    }

    StockDocumentView view(StockDocument document) {
        return views(List.of(document)).get(0);
    }

    /** The documents as people read them, reading their consumables and reversals once for all of them. */
    List<StockDocumentView> views(List<StockDocument> list) {
        Set<Long> ids = list.stream().map(StockDocument::id).collect(Collectors.toSet());
        Set<Long> reversed = list.stream().map(StockDocument::reversesId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> reversesNumbers = numbers(reversed.isEmpty() ? List.of() : documents.findByIdIn(reversed),
                StockDocument::id);
        Map<Long, String> reversalNumbers = numbers(ids.isEmpty() ? List.of() : documents.findByReversesIdIn(ids),
                StockDocument::reversesId);
        Set<Long> itemIds = list.stream().flatMap(document -> document.posting().lines().stream())
                .map(StockLine::itemId).collect(Collectors.toSet());
        Map<Long, ConsumableSummary> consumables = items.findAllById(itemIds).stream()
                .collect(Collectors.toMap(ConsumableItem::getId, ConsumableItem::summary));
        return list.stream().map(document -> {
            Posting posting = document.posting();
            return new StockDocumentView(document.number(), document.kind(), document.date(), posting.from(),
                    name(posting.from()), posting.to(), name(posting.to()), posting.recipientKind(),
                    posting.recipientReference(), reversesNumbers.get(document.reversesId()),
                    reversalNumbers.get(document.id()), posting.reason(), document.recordedBy(),
                    document.recordedAt(), lines(posting.lines(), consumables));
        }).toList();
    }

    private static Map<Long, String> numbers(List<StockDocument> found, Function<StockDocument, Long> key) {
        return found.stream().collect(Collectors.toMap(key, StockDocument::number));
    }

    private static List<StockDocumentView.Line> lines(List<StockLine> lines, Map<Long, ConsumableSummary> items) {
        return lines.stream().map(line -> {
            ConsumableSummary item = items.get(line.itemId());
            return new StockDocumentView.Line(item.sku(), item.name(), item.unit(), line.quantity());
        }).toList();
    }

    private String name(Long warehouseId) {
        return warehouseId == null ? null : people.warehouseName(warehouseId).orElse(String.valueOf(warehouseId));
    }
}
