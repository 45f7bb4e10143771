package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.purchasing.GoodsReceiptView;
import org.procuredesk.purchasing.HandoverView;
import org.procuredesk.purchasing.PurchaseOrderView;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.RecordSection;

/**
 * On an application's page, once anything is ordered or handed over for it: its orders, its receipt with the
 * items received, and its handover, with the receipt and handover documents to download.
 */
@SpringComponent
class PurchaseSection implements RecordSection {

    private final Purchases purchases;
    private final PurchaseDocumentLinks links;
    private final PeopleDirectory people;
    private final Formats formats;

    PurchaseSection(Purchases purchases, PurchaseDocumentLinks links, PeopleDirectory people, Formats formats) {
        this.purchases = purchases;
        this.links = links;
        this.people = people;
        this.formats = formats;
    }

    @Override
    public boolean handles(String recordType) {
        return ApplicationToItProcess.KEY.equals(recordType);
    }

    @Override
    public Component create(Long recordId) {
        List<PurchaseOrderView> orders = purchases.ordersOf(recordId);
        Optional<GoodsReceiptView> receipt = purchases.receiptOf(recordId);
        Optional<HandoverView> handover = purchases.handoverOf(recordId);
        VerticalLayout section = new VerticalLayout();
        section.setId("purchase-section");
        section.setPadding(false);
        section.setVisible(!orders.isEmpty() || receipt.isPresent() || handover.isPresent());
        section.add(new H3(section.getTranslation("purchase.title")));
        if (!orders.isEmpty()) {
            section.add(new H4(section.getTranslation("purchase.orders")),
                    new OrdersGrid(orders, formats, people::nameOf));
        }
        receipt.ifPresent(received -> section.add(new H4(section.getTranslation("purchase.receipt.title")),
                new ReceiptFacts(received, formats),
                new ReceiptItemsGrid("purchase-receipt-items", received.items(), formats),
                links.receipt(recordId, received.number())));
        handover.ifPresent(handedOver -> section.add(new H4(section.getTranslation("purchase.handover.title")),
                new HandoverFacts(handedOver, formats), links.handover(recordId, handedOver.movementNumber())));
        return section;
    }
}
