package org.procuredesk.stock;

import java.util.List;
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
        Posting posting = document.posting();
        String reverses = document.reversesId() == null ? null
                : documents.findById(document.reversesId()).map(StockDocument::number).orElse(null);
        String reversedBy = documents.findByReversesId(document.id()).map(StockDocument::number).orElse(null);
        return new StockDocumentView(document.number(), document.kind(), document.date(), posting.from(),
                name(posting.from()), posting.to(), name(posting.to()), posting.recipientKind(),
                posting.recipientReference(), reverses, reversedBy, posting.reason(), document.recordedBy(),
                document.recordedAt(), lines(posting.lines()));
    }

    private List<StockDocumentView.Line> lines(List<StockLine> lines) {
        return lines.stream().map(line -> {
            ConsumableSummary item = items.findById(line.itemId()).orElseThrow().summary();
            return new StockDocumentView.Line(item.sku(), item.name(), item.unit(), line.quantity());
        }).toList();
    }

    private String name(Long warehouseId) {
        return warehouseId == null ? null : people.warehouseName(warehouseId).orElse(String.valueOf(warehouseId));
    }
}
