package org.procuredesk.stock;

import jakarta.validation.Valid;
import java.util.List;
import org.procuredesk.system.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The only way stock changes: numbered receipts, issues and transfers, each in one transaction, recorded by the
 * warehouse keeper or IT support; a mistake is undone by a reversal. Read by the catalogue's readers.
 */
@Service
@Validated
@Transactional
public class StockLedger {

    private static final String POSTERS = "hasAnyRole('WAREHOUSE', 'IT_SUPPORT')";

    /** How many documents a list shows at most, the newest. */
    public static final int LIST_LIMIT = 500;

    private final Postings postings;
    private final Recipients recipients;
    private final StockDocumentRepository documents;
    private final StockViews views;

    StockLedger(Postings postings, Recipients recipients, StockDocumentRepository documents, StockViews views) {
        this.postings = postings;
        this.recipients = recipients;
        this.documents = documents;
        this.views = views;
    }

    @PreAuthorize(POSTERS)
    public StockDocumentView receive(@Valid StockForms.Receipt form) {
        postings.warehouseName(form.warehouseId(), "warehouseId");
        return views.view(postings.post(new Posting(StockDocumentKind.RECEIPT, null, form.warehouseId(), null, null,
                null, form.reason(), postings.lines(form.lines()))));
    }

    /** Refused, changing nothing, when the warehouse holds too few of any line's consumable. */
    @PreAuthorize(POSTERS)
    public StockDocumentView issue(@Valid StockForms.Issue form) {
        postings.warehouseName(form.warehouseId(), "warehouseId");
        String recipient = form.recipientReference().strip();
        recipients.refuseUnknown(form.recipientKind(), recipient);
        return views.view(postings.post(new Posting(StockDocumentKind.ISSUE, form.warehouseId(), null,
                form.recipientKind(), recipient, null, form.reason(), postings.lines(form.lines()))));
    }

    @PreAuthorize(POSTERS)
    public StockDocumentView transfer(@Valid StockForms.Transfer form) {
        postings.warehouseName(form.fromWarehouseId(), "fromWarehouseId");
        postings.warehouseName(form.toWarehouseId(), "toWarehouseId");
        if (form.fromWarehouseId().equals(form.toWarehouseId())) {
            throw DomainException.ofField("toWarehouseId", "stock.sameWarehouse");
        }
        return views.view(postings.post(new Posting(StockDocumentKind.TRANSFER, form.fromWarehouseId(),
                form.toWarehouseId(), null, null, null, form.reason(), postings.lines(form.lines()))));
    }

    /** Undoes a document with one of the opposite effect; once, and not when a balance would go below zero. */
    @PreAuthorize(POSTERS)
    public StockDocumentView reverse(String number, @Valid StockForms.Reversal form) {
        StockDocument original = existing(number);
        if (original.kind() == StockDocumentKind.REVERSAL) {
            throw new DomainException("stock.reversalOfReversal", number);
        }
        documents.findByReversesId(original.id()).ifPresent(reversal -> {
            throw new DomainException("stock.alreadyReversed", number, reversal.number());
        });
        try {
            return views.view(postings.post(original.posting().reversal(original.id(), form.reason().strip())));
        } catch (DataIntegrityViolationException reversedMeanwhile) {
            throw new DomainException("stock.reversedMeanwhile", number);
        }
    }

    /** The newest documents the filter matches, at most {@value #LIST_LIMIT}. */
    @PreAuthorize(ConsumableCatalogue.READERS)
    @Transactional(readOnly = true)
    public List<StockDocumentView> documents(StockDocumentFilter filter) {
        return views.views(documents.search(filter.kind(), filter.from(), filter.to(), filter.warehouseId(),
                Limit.of(LIST_LIMIT)));
    }

    @PreAuthorize(ConsumableCatalogue.READERS)
    @Transactional(readOnly = true)
    public StockDocumentView document(String number) {
        return views.view(existing(number));
    }

    private StockDocument existing(String number) {
        return documents.findByNumber(number)
                .orElseThrow(() -> new DomainException("stockDocument.notFound", number));
    }
}
