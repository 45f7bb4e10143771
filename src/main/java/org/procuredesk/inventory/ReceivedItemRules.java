package org.procuredesk.inventory;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** What a received item must say before it goes on the register; each refusal names the item's field. */
@Component
class ReceivedItemRules {

    static final int MAX_WARRANTY_MONTHS = 120;
    private static final BigDecimal AMOUNT_CEILING = new BigDecimal("1E13");

    private final AssetRepository assets;

    ReceivedItemRules(AssetRepository assets) {
        this.assets = assets;
    }

    void refuseInvalid(List<NewAsset> items) {
        if (items == null || items.isEmpty() || items.stream().anyMatch(Objects::isNull)) {
            throw new DomainException("asset.nothingToRegister");
        }
        Set<String> serials = new HashSet<>();
        for (int index = 0; index < items.size(); index++) {
            NewAsset item = items.get(index);
            String field = "items[" + index + "].";
            refuseIncomplete(item, field);
            SerialKey.of(item.category(), item.model(), item.serialNumber())
                    .filter(key -> !serials.add(key) || assets.existsBySerialKey(key))
                    .ifPresent(taken -> {
                        throw DomainException.ofField(field + "serialNumber", "asset.serialTaken",
                                item.serialNumber().strip());
                    });
        }
    }

    private static void refuseIncomplete(NewAsset item, String field) {
        refuseIf(item.category() == null, field + "category", "validation.required");
        refuseIf(Text.orNull(item.description()) == null, field + "description", "validation.required");
        refuseIf(item.purchaseDate() == null, field + "purchaseDate", "validation.required");
        refuseIf(item.purchasePrice() != null && !isAmount(item.purchasePrice()), field + "purchasePrice",
                "asset.price");
        refuseIf(item.warrantyMonths() < 0 || item.warrantyMonths() > MAX_WARRANTY_MONTHS,
                field + "warrantyMonths", "asset.warrantyMonths", MAX_WARRANTY_MONTHS);
        refuseTooLong(item.model(), 200, field + "model");
        refuseTooLong(item.description(), 500, field + "description");
        refuseTooLong(item.serialNumber(), 100, field + "serialNumber");
        refuseTooLong(item.supplier(), 200, field + "supplier");
        refuseTooLong(item.receiptDocumentNumber(), 64, field + "receiptDocumentNumber");
    }

    /** Zero or more, in cents, as a decimal(15, 2) column holds it. */
    static boolean isAmount(BigDecimal price) {
        return price.signum() >= 0 && price.stripTrailingZeros().scale() <= 2 && price.compareTo(AMOUNT_CEILING) < 0;
    }

    private static void refuseTooLong(String text, int max, String field) {
        refuseIf(text != null && text.strip().length() > max, field, "asset.tooLong", max);
    }

    private static void refuseIf(boolean refused, String field, String messageKey, Object... arguments) {
        if (refused) {
            throw DomainException.ofField(field, messageKey, arguments);
        }
    }
}
