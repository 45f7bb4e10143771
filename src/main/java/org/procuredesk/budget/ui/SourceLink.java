package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.procuredesk.notification.Links;
import org.procuredesk.system.ui.PageLink;

/** A budget line's number, linking to its page in its source: an application's, a replenishment order's. */
final class SourceLink {

    private SourceLink() {
    }

    /** @param source the line's source code; the number of a source without pages shows without a link */
    static Component to(String id, String source, Long referenceId, String number) {
        return switch (source) {
            case "APPLICATION" -> PageLink.to(id, Links.application(referenceId), number);
            case "REPLENISHMENT" -> PageLink.to(id, "replenishments/" + number, number);
            default -> {
                Span plain = new Span(number);
                plain.setId(id);
                yield plain;
            }
        };
    }
}
