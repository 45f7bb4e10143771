package org.procuredesk.inventory.count;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InventoryCountRepository extends JpaRepository<InventoryCount, Long> {

    Optional<InventoryCount> findByNumber(String number);

    Optional<InventoryCount> findByOpenLocation(String openLocation);

    Optional<InventoryCount> findByProcessInstanceId(String processInstanceId);

    /** The count, locked until the transaction ends: changes to its lines wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from InventoryCount c where c.number = :number")
    Optional<InventoryCount> lockByNumber(String number);

    List<InventoryCount> findAllByOrderByOrderedAtDescIdDesc();
}
