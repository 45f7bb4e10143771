package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import org.procuredesk.purchasing.PurchaseOrderView;
import org.procuredesk.system.Formats;

/** The order a delivery is received against: from whom, under which number, expected when; marked late once past. */
class OrderFacts extends Facts {

    OrderFacts(PurchaseOrderView order, LocalDate today, Formats formats) {
        super("receipt-order");
        fact("receipt-order-supplier", "purchase.order.supplier", order.supplier());
        fact("receipt-order-number", "purchase.order.orderNumber", order.orderNumber());
        Span expected = new Span(formats.date(order.expectedDelivery(), getLocale()));
        expected.setId("receipt-order-expectedDelivery");
        HorizontalLayout delivery = new HorizontalLayout(expected);
        if (order.expectedDelivery().isBefore(today)) {
            Span late = new Span(getTranslation("purchase.order.late"));
            late.setId("receipt-order-late");
            late.getElement().setAttribute("theme", "badge error");
            late.getStyle().set("color", "var(--lumo-error-text-color)");
            delivery.add(late);
        }
        fact("purchase.order.expectedDelivery", delivery);
    }
}
