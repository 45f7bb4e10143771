package org.procuredesk.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/**
 * Reserves a warehouse's stock for an application, all or nothing. The candidates are locked first, so two
 * applications reserving at once take turns and the second sees what the first left.
 */
@Component
class StockReservation {

    private static final Comparator<StockNeed> NAMED_MODELS_FIRST =
            Comparator.comparing(need -> Text.orNull(need.model()) == null);

    private final AssetRepository assets;
    private final Holders holders;

    StockReservation(AssetRepository assets, Holders holders) {
        this.assets = assets;
        this.holders = holders;
    }

    /** The assets now reserved for the application; none when the stock cannot cover every need. */
    List<Asset> reserve(long requestId, long warehouseId, List<StockNeed> needs) {
        refuseInvalid(needs);
        Holder warehouse = holders.known(Holder.warehouse(warehouseId));
        if (!assets.findByReservedForRequestIdOrderByIdAsc(requestId).isEmpty()) {
            throw new DomainException("stock.alreadyReserved");
        }
        List<Long> candidates = assets.idsInStock(warehouse.kind(), warehouse.reference(),
                needs.stream().map(StockNeed::category).distinct().toList());
        List<Asset> inStock = candidates.isEmpty() ? List.of() : assets.lockByIds(candidates).stream()
                .filter(Asset::isAvailable).toList();
        Set<Asset> chosen = new LinkedHashSet<>();
        // a need naming a model first, so that a need for any model does not take the only ones of that model
        for (StockNeed need : needs.stream().sorted(NAMED_MODELS_FIRST).toList()) {
            List<Asset> fitting = inStock.stream().filter(asset -> !chosen.contains(asset) && asset.fits(need))
                    .limit(need.quantity()).toList();
            if (fitting.size() < need.quantity()) {
                return List.of();
            }
            chosen.addAll(fitting);
        }
        chosen.forEach(asset -> asset.reserveFor(requestId));
        return new ArrayList<>(chosen);
    }

    private static void refuseInvalid(List<StockNeed> needs) {
        if (needs == null || needs.isEmpty()) {
            throw new DomainException("stock.noNeeds");
        }
        if (needs.stream().anyMatch(need -> need == null || need.category() == null || need.quantity() < 1)) {
            throw new DomainException("stock.invalidNeed");
        }
    }
}
