package org.procuredesk.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.procuredesk.notification.ui.EmailPreferencesSection;
import org.procuredesk.tasklist.ui.OutOfOfficeSection;

/** What the signed-in person sets for themselves: who stands in for them while away, what they are e-mailed about. */
@Route("settings")
@Menu(title = "nav.settings", order = 100, icon = "vaadin:cog")
@PermitAll
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    public SettingsView(OutOfOfficeSection outOfOffice, EmailPreferencesSection emailPreferences) {
        setMaxWidth("60em");
        add(new H2(getTranslation("nav.settings")),
                new H3(getTranslation("settings.outOfOffice")), outOfOffice,
                new H3(getTranslation("settings.email")), emailPreferences);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settings");
    }
}
