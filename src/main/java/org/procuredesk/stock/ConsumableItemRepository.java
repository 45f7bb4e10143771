package org.procuredesk.stock;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsumableItemRepository extends JpaRepository<ConsumableItem, Long> {

    Optional<ConsumableItem> findBySku(String sku);

    List<ConsumableItem> findAllByOrderBySku();
}
