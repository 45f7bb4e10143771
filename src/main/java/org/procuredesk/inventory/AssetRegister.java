package org.procuredesk.inventory;

import java.util.List;
import java.util.Optional;
import org.procuredesk.system.DomainException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The equipment register as the purchasing steps use it: stock reserved for an application, received items
 * registered, reserved items issued to the requester, reservations released. It checks the records, not who
 * calls: callers (task forms, process delegates) check who may act, since the engine's jobs run for nobody.
 */
@Service
@Transactional
public class AssetRegister {

    private final AssetRepository assets;
    private final MovementDocumentRepository documents;
    private final StockReservation reservation;
    private final Receipts receipts;
    private final Movements movements;
    private final RegisterViews views;

    AssetRegister(AssetRepository assets, MovementDocumentRepository documents, StockReservation reservation,
                  Receipts receipts, Movements movements, RegisterViews views) {
        this.assets = assets;
        this.documents = documents;
        this.reservation = reservation;
        this.receipts = receipts;
        this.movements = movements;
        this.views = views;
    }

    /**
     * All or nothing: when the warehouse has enough assets in stock and unreserved for every need (of its
     * category and, when the need names one, of its model, case and spaces aside), reserves them for the
     * application and returns them; otherwise reserves nothing and returns none. Of two applications racing
     * for the last item, one gets it.
     */
    public List<AssetSummary> reserveInStock(long requestId, long warehouseId, List<StockNeed> needs) {
        return views.summaries(reservation.reserve(requestId, warehouseId, needs));
    }

    /** Registers received items in stock at the warehouse, reserved for the application, each under a new number. */
    public List<AssetSummary> registerReceived(long requestId, long warehouseId, List<NewAsset> items) {
        return views.summaries(receipts.register(requestId, warehouseId, items));
    }

    /** Issues everything reserved for the application to the employee, on one movement document. */
    public MovementDocumentView issueReservedTo(long requestId, String employeeUsername, String reason,
                                                String recordedBy) {
        List<Asset> reserved = assets.lockReservedFor(requestId);
        if (reserved.isEmpty()) {
            throw new DomainException("stock.nothingReserved");
        }
        return views.view(movements.move(reserved, Holder.employee(employeeUsername), reason, requestId, recordedBy));
    }

    /** Moves assets, all held by one holder and reserved for no application, to another holder on one document. */
    public MovementDocumentView move(List<String> inventoryNumbers, Holder to, String reason, String recordedBy) {
        return views.view(movements.move(inventoryNumbers, to, reason, recordedBy));
    }

    /** Takes an asset off the register for good; one reserved for an application must be released first. */
    public AssetSummary writeOff(String inventoryNumber) {
        Asset asset = assets.lockByInventoryNumber(inventoryNumber)
                .orElseThrow(() -> new DomainException("asset.notFound", inventoryNumber));
        asset.writeOff();
        return views.summary(asset);
    }

    /** Frees what is reserved for the application, e.g. when it is withdrawn; nothing when nothing is. */
    public void releaseReservations(long requestId) {
        assets.lockReservedFor(requestId).forEach(Asset::release);
    }

    @Transactional(readOnly = true)
    public List<AssetSummary> reservedFor(long requestId) {
        return views.summaries(assets.findByReservedForRequestIdOrderByIdAsc(requestId));
    }

    /** The movement documents made for the application, oldest first. */
    @Transactional(readOnly = true)
    public List<MovementDocumentView> movementsForRequest(long requestId) {
        return views.views(documents.findByRequestIdOrderByRecordedAtAscIdAsc(requestId));
    }

    @Transactional(readOnly = true)
    public Optional<MovementDocumentView> movement(String number) {
        return documents.findByNumber(number).map(views::view);
    }

    @Transactional(readOnly = true)
    public Optional<AssetSummary> findByInventoryNumber(String inventoryNumber) {
        return assets.findByInventoryNumber(inventoryNumber).map(views::summary);
    }

    /** What the holder has and has not written off, by inventory number: e.g. what a count expects to find there. */
    @Transactional(readOnly = true)
    public List<AssetSummary> heldBy(Holder holder) {
        return views.summaries(assets.findAll(AssetSpecifications.heldBy(holder), Sort.by("inventoryNumber")));
    }

    /** Every movement document that moved the asset, oldest first; none for an unknown inventory number. */
    @Transactional(readOnly = true)
    public List<MovementDocumentView> historyOf(String inventoryNumber) {
        return assets.findByInventoryNumber(inventoryNumber)
                .map(asset -> views.views(documents.findByAsset(asset.getId()))).orElse(List.of());
    }
}
