package org.procuredesk.system.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.shared.ApplicationConstants;

/** A link to another page of the application, followed by the router without reloading the page. */
public final class PageLink {

    private PageLink() {
    }

    /** @param path a route, e.g. {@code tasks/abc} or {@code applications/12} */
    public static Anchor to(String id, String path, String text) {
        Anchor link = new Anchor(path, text);
        link.setId(id);
        link.getElement().setAttribute(ApplicationConstants.ROUTER_LINK_ATTRIBUTE, "");
        return link;
    }
}
