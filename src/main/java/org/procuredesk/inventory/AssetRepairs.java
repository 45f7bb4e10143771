package org.procuredesk.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.DomainException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as the repair of a faulty asset uses it: the asset found by inventory or serial number, taken in for
 * repair, a spare lent to its holder meanwhile, a unit the vendor replaced, and each given back. Moves are recorded on
 * movement documents. Like {@link AssetRegister} it checks the records, not who calls, except where a person records
 * something by hand.
 */
@Service
@Transactional
public class AssetRepairs {

    private final AssetRepository assets;
    private final Movements movements;
    private final RegisterViews views;
    private final Holders holders;

    AssetRepairs(AssetRepository assets, Movements movements, RegisterViews views, Holders holders) {
        this.assets = assets;
        this.movements = movements;
        this.views = views;
        this.holders = holders;
    }

    /** The holder's name: a person's full name, a warehouse's or branch's name; its reference when it is gone. */
    @Transactional(readOnly = true)
    public String nameOf(Holder holder) {
        return holders.nameOf(holder);
    }

    /**
     * The asset with this inventory number, case and spaces aside, or else the one asset not written off with this
     * serial number; refused when there is none, or when several assets share the serial number.
     */
    @Transactional(readOnly = true)
    public AssetSummary identify(String inventoryOrSerial) {
        String wanted = Text.orNull(inventoryOrSerial);
        if (wanted == null) {
            throw DomainException.ofField("asset", "asset.searchCriterion");
        }
        Optional<Asset> byNumber = assets.findOne(AssetSpecifications.numbered(wanted, null));
        if (byNumber.isPresent()) {
            return views.summary(byNumber.get());
        }
        List<Asset> bySerial = assets.findAll(AssetSpecifications.numbered(null, wanted)
                .and(AssetSpecifications.notWrittenOff()));
        if (bySerial.size() > 1) {
            throw DomainException.ofField("asset", "asset.serialAmbiguous", wanted);
        }
        return bySerial.stream().findFirst().map(views::summary)
                .orElseThrow(() -> DomainException.ofField("asset", "asset.notFoundByNumberOrSerial", wanted));
    }

    /**
     * Takes the asset in for repair at the warehouse: moved there on a movement document unless it is already there,
     * and away for repair until it is given back.
     */
    public Optional<MovementDocumentView> takeIn(String inventoryNumber, long warehouseId, String reason,
                                                 String recordedBy) {
        Asset asset = locked(inventoryNumber);
        Holder warehouse = Holder.warehouse(warehouseId);
        Optional<MovementDocumentView> moved = asset.holder().equals(warehouse) ? Optional.empty()
                : Optional.of(views.view(movements.move(List.of(asset), warehouse, reason, null, recordedBy)));
        asset.sendToRepair();
        return moved;
    }

    /** Whether the warehouse has an asset of the category in stock, promised to no application. */
    @Transactional(readOnly = true)
    public boolean spareInStock(EquipmentCategory category, long warehouseId) {
        Holder warehouse = Holder.warehouse(warehouseId);
        return !assets.idsInStock(warehouse.kind(), warehouse.reference(), List.of(category)).isEmpty();
    }

    /** Lends the first spare of the category the warehouse has in stock, unreserved, to the holder; none if none. */
    public Optional<MovementDocumentView> lendSpare(EquipmentCategory category, long warehouseId, Holder to,
                                                    String reason, String recordedBy) {
        Holder warehouse = Holder.warehouse(warehouseId);
        return assets.idsInStock(warehouse.kind(), warehouse.reference(), List.of(category)).stream()
                .findFirst()
                .flatMap(id -> assets.lockByIds(List.of(id)).stream().filter(Asset::isAvailable).findFirst())
                .map(spare -> views.view(movements.move(List.of(spare), to, reason, null, recordedBy)));
    }

    /**
     * Gives the asset back to the holder, in use again (in stock at a warehouse): on a movement document when someone
     * else holds it now, without one when the holder has it.
     */
    public Optional<MovementDocumentView> giveBack(String inventoryNumber, Holder to, String reason,
                                                   String recordedBy) {
        Asset asset = locked(inventoryNumber);
        if (asset.holder().equals(to)) {
            asset.backFromRepair();
            return Optional.empty();
        }
        return Optional.of(views.view(movements.move(List.of(asset), to, reason, null, recordedBy)));
    }

    /** The vendor replaced the unit: the asset keeps its inventory number and takes the new serial and warranty. */
    public AssetSummary replaceUnit(String inventoryNumber, String newSerialNumber, LocalDate warrantyUntil) {
        Asset asset = locked(inventoryNumber);
        String serial = Text.orNull(newSerialNumber);
        if (serial == null) {
            throw DomainException.ofField("replacementSerialNumber", "validation.required");
        }
        AssetSummary before = views.summary(asset);
        SerialKey.of(before.category(), before.model(), serial)
                .filter(key -> !key.equals(asset.serialKey()) && assets.existsBySerialKey(key))
                .ifPresent(taken -> {
                    throw DomainException.ofField("replacementSerialNumber", "asset.serialTaken", serial);
                });
        asset.replaceUnit(serial, warrantyUntil);
        assets.flush();
        return views.summary(asset);
    }

    /** Records a warranty extension bought for the asset, up to and including {@code until}. */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public AssetSummary extendWarranty(String inventoryNumber, LocalDate until) {
        if (until == null) {
            throw DomainException.ofField("extendedWarrantyUntil", "validation.required");
        }
        Asset asset = locked(inventoryNumber);
        asset.extendWarranty(until);
        return views.summary(asset);
    }

    /** The assets not written off whose warranty (extension included) ends between the two days, both included. */
    @Transactional(readOnly = true)
    public List<AssetSummary> warrantyEndingBetween(LocalDate from, LocalDate to) {
        return views.summaries(assets.findAll(AssetSpecifications.warrantyEndingBetween(from, to),
                Sort.by("warrantyUntil", "inventoryNumber")));
    }

    private Asset locked(String inventoryNumber) {
        return assets.lockByInventoryNumber(inventoryNumber)
                .orElseThrow(() -> new DomainException("asset.notFound", inventoryNumber));
    }
}
