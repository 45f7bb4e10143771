package org.procuredesk.purchasing.ui;

import org.procuredesk.purchasing.GoodsReceiptView;
import org.procuredesk.system.Formats;

/** A receipt document's heading, read only: its number, the supplier's document, when, where, received by whom. */
class ReceiptFacts extends Facts {

    ReceiptFacts(GoodsReceiptView receipt, Formats formats) {
        super("purchase-receipt");
        fact("purchase-receipt-number", "purchase.receipt.number", receipt.number());
        fact("purchase-receipt-supplier", "purchase.order.supplier", receipt.supplier());
        fact("purchase-receipt-supplierDocument", "purchase.receipt.supplierDocument", receipt.supplierDocument());
        fact("purchase-receipt-date", "purchase.receipt.receiptDate", formats.date(receipt.receiptDate(), getLocale()));
        fact("purchase-receipt-warehouse", "purchase.receipt.warehouse", receipt.warehouseName());
        fact("purchase-receipt-receivedBy", "purchase.receipt.receivedBy", receipt.receivedByName());
    }
}
