package org.procuredesk.inventory;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.procuredesk.request.EquipmentCategory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssetRepository extends JpaRepository<Asset, Long>, JpaSpecificationExecutor<Asset> {

    /**
     * The assets of these categories a holder has in stock, unreserved, locked until the transaction ends (in
     * the order of their ids, so that two reservations lock in the same order); one reserving them meanwhile
     * makes this wait for its end.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select a from Asset a where a.holderKind = :kind and a.holderReference = :reference
            and a.status = org.procuredesk.inventory.AssetStatus.IN_STOCK and a.reservedForRequestId is null
            and a.category in :categories
            order by a.id""")
    List<Asset> lockInStock(HolderKind kind, String reference, Collection<EquipmentCategory> categories);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Asset a where a.reservedForRequestId = :requestId order by a.id")
    List<Asset> lockReservedFor(Long requestId);

    List<Asset> findByReservedForRequestIdOrderByIdAsc(Long requestId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Asset a where a.inventoryNumber in :inventoryNumbers order by a.id")
    List<Asset> lockByInventoryNumbers(Collection<String> inventoryNumbers);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Asset a where a.inventoryNumber = :inventoryNumber")
    Optional<Asset> lockByInventoryNumber(String inventoryNumber);

    Optional<Asset> findByInventoryNumber(String inventoryNumber);

    boolean existsBySerialKey(String serialKey);
}
