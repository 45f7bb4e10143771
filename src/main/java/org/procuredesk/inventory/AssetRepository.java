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

    /** The ids of the assets of these categories a holder has in stock, unreserved, as last committed. */
    @Query("""
            select a.id from Asset a where a.holderKind = :kind and a.holderReference = :reference
            and a.status = org.procuredesk.inventory.AssetStatus.IN_STOCK and a.reservedForRequestId is null
            and a.category in :categories
            order by a.id""")
    List<Long> idsInStock(HolderKind kind, String reference, Collection<EquipmentCategory> categories);

    /**
     * These assets, locked by their primary key in the order of their ids until the transaction ends: two
     * reservations lock in the same order and hold no lock on an index the other's update changes, so one waits
     * for the other's end instead of deadlocking with it (MariaDB/InnoDB).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Asset a where a.id in :ids order by a.id")
    List<Asset> lockByIds(Collection<Long> ids);

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

    boolean existsByInventoryNumberIgnoreCase(String inventoryNumber);
}
