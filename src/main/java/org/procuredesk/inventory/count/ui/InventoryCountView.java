package org.procuredesk.inventory.count.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.procuredesk.inventory.count.CountDetail;
import org.procuredesk.inventory.count.InventoryCounts;
import org.procuredesk.people.Role;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.AuditLink;
import org.procuredesk.system.ui.RecordRefusal;

/** One count: its facts and its lines, with the differences and the documents they became. */
@Route("inventory-counts/:number")
@RolesAllowed({"IT_HEAD", "IT_SUPPORT", "IT_SUPPORT_HEAD", "AUDITOR"})
public class InventoryCountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InventoryCounts counts;
    private final Formats formats;
    private final boolean auditor;
    private String title = "";

    public InventoryCountView(InventoryCounts counts, Formats formats, AuthenticationContext authentication) {
        this.counts = counts;
        this.formats = formats;
        this.auditor = authentication.hasAnyRole(Role.AUDITOR.name(), Role.IT_HEAD.name());
    }

    static String path(String number) {
        return "inventory-counts/" + number;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("number").orElseThrow();
        title = getTranslation("inventoryCount.title", number);
        RecordRefusal.showOrRefuse(this, "count-refused", () -> show(counts.detail(number)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(CountDetail count) {
        add(new H2(title));
        if (auditor) {
            add(AuditLink.to(count.summary().number()));
        }
        add(new CountFacts(count.summary(), formats), new CountLinesGrid("count-lines", count.lines()));
    }
}
