package org.procuredesk.purchasing.ui;

import java.util.List;
import java.util.Optional;
import org.procuredesk.purchasing.PurchaseOrderView;

/** Of an application's orders, oldest first, the one in force: the last, unless the IT head sent it back. */
final class OrderInForce {

    private OrderInForce() {
    }

    static Optional<PurchaseOrderView> of(List<PurchaseOrderView> orders) {
        return orders.isEmpty() || orders.get(orders.size() - 1).cancelled() ? Optional.empty()
                : Optional.of(orders.get(orders.size() - 1));
    }
}
