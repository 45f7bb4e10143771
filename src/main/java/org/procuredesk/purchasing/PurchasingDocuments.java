package org.procuredesk.purchasing;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Formats;
import org.procuredesk.system.Messages;
import org.procuredesk.system.PrintedDocument;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receipt document and the handover's movement document of an application, printable as PDF in two
 * copies, the company's and the employee's, in the reader's language; to whoever may read the application.
 */
@Service
@Transactional(readOnly = true)
public class PurchasingDocuments {

    private final Purchases purchases;
    private final PurchaseRequestService requests;
    private final Messages messages;
    private final Formats formats;

    PurchasingDocuments(Purchases purchases, PurchaseRequestService requests, Messages messages, Formats formats) {
        this.purchases = purchases;
        this.requests = requests;
        this.messages = messages;
        this.formats = formats;
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] receiptPdf(Long requestId, Locale locale) {
        RequestView request = requests.get(requestId);
        GoodsReceiptView receipt = purchases.receiptOf(requestId)
                .orElseThrow(() -> new DomainException("receipt.notFound", request.number()));
        List<List<String>> items = IntStream.range(0, receipt.items().size()).mapToObj(i -> {
            ReceiptItem item = receipt.items().get(i);
            return List.of(String.valueOf(i + 1), item.description(), nullToEmpty(item.serialNumber()),
                    item.inventoryNumber(), String.valueOf(item.warrantyMonths()), formats.money(item.unitPrice(), locale));
        }).toList();
        return PrintedDocument.titled(text("pdf.receipt.title", locale), receipt.number())
                .fact(text("pdf.application", locale), request.number())
                .fact(text("pdf.receipt.supplier", locale), receipt.supplier())
                .fact(text("pdf.receipt.supplierDocument", locale), receipt.supplierDocument())
                .fact(text("pdf.date", locale), formats.date(receipt.receiptDate(), locale))
                .fact(text("pdf.receipt.warehouse", locale), receipt.warehouseName())
                .fact(text("pdf.receipt.receivedBy", locale), receipt.receivedByName())
                .items(List.of("#", text("pdf.item.description", locale), text("pdf.item.serialNumber", locale),
                        text("pdf.item.inventoryNumber", locale), text("pdf.item.warrantyMonths", locale),
                        text("pdf.item.unitPrice", locale)), items)
                .signatures(text("pdf.receipt.signedByWarehouse", locale), text("pdf.receipt.signedBySupplier", locale))
                .inCopies(text("pdf.copy.company", locale), text("pdf.copy.employee", locale));
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] handoverPdf(Long requestId, Locale locale) {
        RequestView request = requests.get(requestId);
        MovementDocumentView movement = purchases.handoverMovementOf(requestId)
                .orElseThrow(() -> new DomainException("handover.notFound", request.number()));
        List<List<String>> items = movement.lines().stream().map(line -> List.of(line.inventoryNumber(),
                nullToEmpty(line.serialNumber()), text(line.category().messageKey(), locale), nullToEmpty(line.model()),
                nullToEmpty(line.description()))).toList();
        return PrintedDocument.titled(text("pdf.handover.title", locale), movement.number())
                .fact(text("pdf.application", locale), request.number())
                .fact(text("pdf.date", locale), formats.date(movement.date(), locale))
                .fact(text("pdf.handover.from", locale), movement.fromName())
                .fact(text("pdf.handover.to", locale), movement.toName())
                .fact(text("pdf.handover.by", locale), movement.recordedByName())
                .fact(text("pdf.handover.reason", locale), movement.reason())
                .items(List.of(text("pdf.item.inventoryNumber", locale), text("pdf.item.serialNumber", locale),
                        text("pdf.item.category", locale), text("pdf.item.model", locale),
                        text("pdf.item.description", locale)), items)
                .signatures(text("pdf.handover.signedByGiver", locale), text("pdf.handover.signedByReceiver", locale))
                .inCopies(text("pdf.copy.company", locale), text("pdf.copy.employee", locale));
    }

    private String text(String key, Locale locale) {
        return messages.get(key, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
