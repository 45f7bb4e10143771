package org.procuredesk.replenishment;

import java.util.List;
import org.procuredesk.stock.StockPosition;
import org.procuredesk.stock.StockPositions;
import org.procuredesk.system.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replenishment orders, read by IT support, its head, the warehouse, the IT head and auditors. */
@Service
@Transactional(readOnly = true)
public class Replenishments {

    static final String READERS = "hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'WAREHOUSE', 'IT_HEAD', 'AUDITOR')";

    private final ReplenishmentRepository replenishments;
    private final StockPositions positions;

    Replenishments(ReplenishmentRepository replenishments, StockPositions positions) {
        this.replenishments = replenishments;
        this.positions = positions;
    }

    /** Newest first. */
    @PreAuthorize(READERS)
    public List<ReplenishmentView> list() {
        return replenishments.findAllByOrderByIdDesc().stream().map(this::view).toList();
    }

    @PreAuthorize(READERS)
    public ReplenishmentView detail(String number) {
        return view(replenishments.findByNumber(number)
                .orElseThrow(() -> new DomainException("replenishment.notFound", number)));
    }

    ReplenishmentView view(Replenishment replenishment) {
        return replenishment.view(itemOf(replenishment));
    }

    /** What it buys, for where, in a few words: {@code 20 pcs Toner HP 59A, IT warehouse Cluj}. */
    String subject(Replenishment replenishment) {
        StockPosition item = itemOf(replenishment);
        return "%d %s %s, %s".formatted(replenishment.getQuantity(), item.unit(), item.name(), item.warehouseName());
    }

    private StockPosition itemOf(Replenishment replenishment) {
        return positions.of(replenishment.getItemId(), replenishment.getWarehouseId()).orElseThrow();
    }
}
