package org.procuredesk.purchasing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.Attachments;
import org.procuredesk.system.DomainException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What was ordered, received and handed over for an application, and its documents as PDF. */
@RestController
@RequestMapping(ApiPaths.REQUESTS + "/{requestId}")
@Tag(name = "Purchasing")
class PurchaseRecordEndpoints {

    private final Purchases purchases;
    private final PurchasingDocuments documents;

    PurchaseRecordEndpoints(Purchases purchases, PurchasingDocuments documents) {
        this.purchases = purchases;
        this.documents = documents;
    }

    @GetMapping("/orders")
    @Operation(summary = "The orders placed for an application, oldest first; all but the last one cancelled")
    List<PurchaseOrderView> orders(@PathVariable Long requestId) {
        return purchases.ordersOf(requestId);
    }

    @GetMapping("/receipt")
    @Operation(summary = "The receipt document of an application's goods")
    GoodsReceiptView receipt(@PathVariable Long requestId) {
        return purchases.receiptOf(requestId)
                .orElseThrow(() -> new DomainException("receipt.notFound", String.valueOf(requestId)));
    }

    @GetMapping("/handover")
    @Operation(summary = "The handover of an application's items to its requester, and its confirmation")
    HandoverView handover(@PathVariable Long requestId) {
        return purchases.handoverOf(requestId)
                .orElseThrow(() -> new DomainException("handover.notFound", String.valueOf(requestId)));
    }

    @GetMapping(value = "/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The receipt document as PDF, company's and employee's copies")
    ResponseEntity<byte[]> receiptPdf(@PathVariable Long requestId) {
        return Attachments.pdf("receipt-" + requestId,
                documents.receiptPdf(requestId, LocaleContextHolder.getLocale()));
    }

    @GetMapping(value = "/handover.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The handover's movement document as PDF, company's and employee's copies")
    ResponseEntity<byte[]> handoverPdf(@PathVariable Long requestId) {
        return Attachments.pdf("handover-" + requestId,
                documents.handoverPdf(requestId, LocaleContextHolder.getLocale()));
    }
}
