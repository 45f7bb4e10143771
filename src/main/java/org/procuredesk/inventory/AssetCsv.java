package org.procuredesk.inventory;

import java.util.Arrays;
import java.util.List;

/**
 * The register's columns in a CSV file, in the order an export writes them; an import finds them by name, case
 * aside, and ignores the holder's name (the reference says who holds an asset).
 */
final class AssetCsv {

    static final String INVENTORY_NUMBER = "inventory_number";
    static final String SERIAL_NUMBER = "serial_number";
    static final String CATEGORY = "category";
    static final String MODEL = "model";
    static final String DESCRIPTION = "description";
    static final String SUPPLIER = "supplier";
    static final String RECEIPT_DOCUMENT = "receipt_document";
    static final String PURCHASE_DATE = "purchase_date";
    static final String PURCHASE_PRICE = "purchase_price";
    static final String WARRANTY_UNTIL = "warranty_until";
    static final String HOLDER_KIND = "holder_kind";
    static final String HOLDER_REFERENCE = "holder_reference";
    static final String HOLDER_NAME = "holder_name";
    static final String STATUS = "status";

    static final String[] HEADER = {INVENTORY_NUMBER, SERIAL_NUMBER, CATEGORY, MODEL, DESCRIPTION, SUPPLIER,
        RECEIPT_DOCUMENT, PURCHASE_DATE, PURCHASE_PRICE, WARRANTY_UNTIL, HOLDER_KIND, HOLDER_REFERENCE, HOLDER_NAME,
        STATUS};

    /** What a row cannot do without; a file whose header lacks one is refused whole. */
    static final List<String> REQUIRED = List.of(INVENTORY_NUMBER, CATEGORY, PURCHASE_DATE, HOLDER_KIND,
            HOLDER_REFERENCE, STATUS);

    /** Written first so spreadsheets read the file as UTF-8; an import skips it. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private AssetCsv() {
    }

    static List<Object> row(RegisterEntry entry, String holderName) {
        return Arrays.asList(entry.inventoryNumber(), entry.serialNumber(), entry.category().name(),
                entry.model(), entry.description(), entry.supplier(), entry.receiptDocumentNumber(),
                entry.purchaseDate(), entry.purchasePrice() == null ? null : entry.purchasePrice().toPlainString(),
                entry.warrantyUntil(), entry.holder().kind().name(), entry.holder().reference(), holderName,
                entry.status().name());
    }
}
