package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import java.util.function.Function;
import org.procuredesk.purchasing.PurchasingDocuments;
import org.procuredesk.system.ui.PdfLink;

/** Links that download an application's receipt and handover documents as PDF, made when they are clicked. */
@SpringComponent
class PurchaseDocumentLinks {

    private final PurchasingDocuments documents;

    PurchaseDocumentLinks(PurchasingDocuments documents) {
        this.documents = documents;
    }

    /** Only for an application whose goods were received. */
    Anchor receipt(Long requestId, String receiptNumber) {
        return link("purchase-receipt-pdf", "purchase.receipt.pdf", receiptNumber,
                locale -> documents.receiptPdf(requestId, locale));
    }

    /** Only for an application that was handed over. */
    Anchor handover(Long requestId, String movementNumber) {
        return link("purchase-handover-pdf", "purchase.handover.pdf", movementNumber,
                locale -> documents.handoverPdf(requestId, locale));
    }

    private static Anchor link(String id, String labelKey, String documentNumber, Function<Locale, byte[]> pdf) {
        Anchor link = PdfLink.of(id, "", documentNumber, pdf);
        link.setText(link.getTranslation(labelKey));
        return link;
    }
}
