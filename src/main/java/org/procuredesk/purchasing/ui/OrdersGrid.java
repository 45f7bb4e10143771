package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.procuredesk.purchasing.PurchaseOrderView;
import org.procuredesk.system.Formats;

/** The orders placed for an application, oldest first; those the IT head sent back are marked cancelled. */
class OrdersGrid extends Grid<PurchaseOrderView> {

    OrdersGrid(List<PurchaseOrderView> orders, Formats formats, UnaryOperator<String> names) {
        setId("purchase-orders");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(PurchaseOrderView::orderNumber).setHeader(getTranslation("purchase.order.orderNumber"));
        addColumn(PurchaseOrderView::supplier).setHeader(getTranslation("purchase.order.supplier")).setFlexGrow(2);
        addColumn(order -> formats.date(order.expectedDelivery(), getLocale()))
                .setHeader(getTranslation("purchase.order.expectedDelivery"));
        addColumn(order -> formats.money(order.total(), getLocale()))
                .setHeader(getTranslation("purchase.order.totalColumn"));
        addColumn(order -> formats.money(order.approvedTotal(), getLocale()))
                .setHeader(getTranslation("purchase.order.approvedTotal"));
        addColumn(order -> names.apply(order.placedBy())).setHeader(getTranslation("purchase.order.placedBy"));
        addColumn(order -> formats.dateTime(order.placedAt(), getLocale()))
                .setHeader(getTranslation("purchase.order.placedAt"));
        addColumn(order -> getTranslation(order.cancelled() ? "purchase.order.cancelled" : "purchase.order.inForce"))
                .setHeader(getTranslation("purchase.order.status"));
        setItems(orders);
    }
}
