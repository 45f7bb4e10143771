package org.procuredesk.system.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import org.procuredesk.system.DomainException;

/** A record's page shows the record, or in its place why it may not: e.g. there is no such record for the reader. */
public final class RecordRefusal {

    private RecordRefusal() {
    }

    /**
     * Empties the page and shows the record on it; when the service refuses, the refusal in the reader's language.
     *
     * @param refusedId the id of the refusal's paragraph
     */
    public static void showOrRefuse(HasComponents page, String refusedId, Runnable show) {
        page.removeAll();
        try {
            show.run();
        } catch (DomainException refusal) {
            Paragraph refused = new Paragraph();
            refused.setText(refused.getTranslation(refusal.getMessageKey(), refusal.getArguments()));
            refused.setId(refusedId);
            page.add(refused);
        }
    }
}
