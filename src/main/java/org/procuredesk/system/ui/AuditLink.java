package org.procuredesk.system.ui;

import com.vaadin.flow.component.html.Anchor;

/** The link from a case's page to its audit page, for the readers who may open it (auditors, the IT head). */
public final class AuditLink {

    private AuditLink() {
    }

    /** @param businessKey the case's number (APP-…, RPR-…, REP-…, CNT-…, a budget's period) */
    public static String path(String businessKey) {
        return "audit/cases/" + businessKey;
    }

    /** The link, its id {@code audit-link-<number>}. */
    public static Anchor to(String businessKey) {
        Anchor link = PageLink.to("audit-link-" + businessKey, path(businessKey), "");
        link.setText(link.getTranslation("audit.link"));
        return link;
    }
}
