package org.procuredesk.purchasing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.NewAsset;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/**
 * Checks that a delivery holds exactly the ordered units, each with its own serial number (consumables
 * need none), and turns them into the assets to register and the items of the receipt document.
 */
@Component
class ReceivedUnits {

    List<NewAsset> assets(RequestView request, PurchaseOrder order, ReceiptForm form, String receiptNumber) {
        check(request, form);
        return form.items().stream().map(item -> {
            LineForm line = request.lines().get(item.lineNo());
            return new NewAsset(line.category(), line.preferredModel(), line.description(), serial(item),
                    order.getSupplier(), receiptNumber, form.receiptDate(),
                    order.getLines().get(item.lineNo()).unitPrice(), item.warrantyMonths());
        }).toList();
    }

    List<ReceiptItem> items(RequestView request, PurchaseOrder order, ReceiptForm form, List<AssetSummary> assets) {
        List<ReceiptItem> items = new ArrayList<>();
        for (int i = 0; i < form.items().size(); i++) {
            ReceivedItem item = form.items().get(i);
            items.add(new ReceiptItem(item.lineNo(), request.lines().get(item.lineNo()).description(), serial(item),
                    item.warrantyMonths(), order.getLines().get(item.lineNo()).unitPrice(),
                    assets.get(i).inventoryNumber()));
        }
        return items;
    }

    private static void check(RequestView request, ReceiptForm form) {
        int[] received = new int[request.lines().size()];
        Set<String> serials = new HashSet<>();
        for (int i = 0; i < form.items().size(); i++) {
            ReceivedItem item = form.items().get(i);
            if (item.lineNo() < 0 || item.lineNo() >= received.length) {
                throw DomainException.ofField("items[%d].lineNo".formatted(i), "receipt.noSuchLine");
            }
            received[item.lineNo()]++;
            String serial = serial(item);
            if (serial == null && !request.lines().get(item.lineNo()).category().isConsumable()) {
                throw DomainException.ofField("items[%d].serialNumber".formatted(i), "validation.required");
            }
            if (serial != null && !serials.add(serial)) {
                throw DomainException.ofField("items[%d].serialNumber".formatted(i), "receipt.serialTwice", serial);
            }
        }
        for (int line = 0; line < received.length; line++) {
            if (received[line] != request.lines().get(line).quantity()) {
                throw DomainException.ofField("items", "receipt.quantityMismatch", String.valueOf(line + 1),
                        String.valueOf(request.lines().get(line).quantity()), String.valueOf(received[line]));
            }
        }
    }

    private static String serial(ReceivedItem item) {
        return item.serialNumber() == null || item.serialNumber().isBlank() ? null : item.serialNumber().trim();
    }
}
