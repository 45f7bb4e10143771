package org.procuredesk.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Optional;
import org.procuredesk.notification.ui.NotificationBell;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;

/**
 * The frame around every view: the navigation (only the views the signed-in person may open),
 * the notification bell, the language switch, and who is signed in with the sign-out button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final AuthenticationContext authentication;
    private final PeopleDirectory peopleDirectory;

    public MainLayout(AuthenticationContext authentication, PeopleDirectory peopleDirectory, NotificationBell bell) {
        this.authentication = authentication;
        this.peopleDirectory = peopleDirectory;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(bell));
        addToDrawer(brand(), new Scroller(navigation()));
    }

    private H1 brand() {
        H1 brand = new H1(getTranslation("app.name"));
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "var(--lumo-space-m)");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout header(NotificationBell bell) {
        Span who = new Span(currentPerson().map(PersonSummary::fullName).orElse(""));
        who.setId("signed-in-person");
        Button signOut = new Button(getTranslation("action.signOut"), click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(bell, new LanguageSwitch(this::rememberLanguage), who,
                signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private void rememberLanguage(Locale locale) {
        authentication.getPrincipalName().ifPresent(username -> peopleDirectory.preferLocale(username, locale));
    }

    private Optional<PersonSummary> currentPerson() {
        return authentication.getPrincipalName().flatMap(peopleDirectory::findByUsername);
    }
}
