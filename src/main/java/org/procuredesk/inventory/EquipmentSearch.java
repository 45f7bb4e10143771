package org.procuredesk.inventory;

import java.time.LocalDate;
import java.util.List;
import org.procuredesk.system.DomainException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register as IT support and its head, the warehouse keeper, the IT head and auditors read it: in the UI and over REST. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'WAREHOUSE', 'IT_HEAD', 'AUDITOR')")
public class EquipmentSearch {

    private static final Sort BY_INVENTORY_NUMBER = Sort.by("inventoryNumber");

    /** How many movement documents a list shows at most, the newest. */
    public static final int MOVEMENTS_LIMIT = 200;

    private final AssetRepository assets;
    private final MovementDocumentRepository documents;
    private final RegisterViews views;

    EquipmentSearch(AssetRepository assets, MovementDocumentRepository documents, RegisterViews views) {
        this.assets = assets;
        this.documents = documents;
        this.views = views;
    }

    /** A page of the assets the filter lets through, by inventory number. */
    public List<AssetSummary> page(AssetFilter filter, int page, int pageSize) {
        return views.summaries(assets.findAll(AssetSpecifications.matching(filter),
                PageRequest.of(page, pageSize, BY_INVENTORY_NUMBER)).getContent());
    }

    public long count(AssetFilter filter) {
        return assets.count(AssetSpecifications.matching(filter));
    }

    /** The assets with this inventory number and serial number, each when given; at least one must be. */
    public List<AssetSummary> find(String inventoryNumber, String serialNumber) {
        if (Text.orNull(inventoryNumber) == null && Text.orNull(serialNumber) == null) {
            throw new DomainException("asset.searchCriterion");
        }
        return views.summaries(assets.findAll(AssetSpecifications.numbered(inventoryNumber, serialNumber),
                BY_INVENTORY_NUMBER));
    }

    public AssetSummary asset(String inventoryNumber) {
        return views.summary(existing(inventoryNumber));
    }

    /** Every movement document that moved the asset, oldest first. */
    public List<MovementDocumentView> history(String inventoryNumber) {
        return views.views(documents.findByAsset(existing(inventoryNumber).getId()));
    }

    /** The newest movement documents, at most {@value #MOVEMENTS_LIMIT}, dated between the two days given. */
    public List<MovementDocumentView> movements(LocalDate from, LocalDate to) {
        return views.views(documents.between(from, to, Limit.of(MOVEMENTS_LIMIT)));
    }

    public MovementDocumentView movement(String number) {
        return documents.findByNumber(number).map(views::view)
                .orElseThrow(() -> new DomainException("movement.notFound", number));
    }

    private Asset existing(String inventoryNumber) {
        return assets.findByInventoryNumber(inventoryNumber)
                .orElseThrow(() -> new DomainException("asset.notFound", inventoryNumber));
    }
}
