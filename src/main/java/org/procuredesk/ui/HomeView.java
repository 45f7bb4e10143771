package org.procuredesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Role;
import org.procuredesk.system.Formats;
import org.procuredesk.tasklist.MyWork;

/** Where everyone lands after signing in: their open work and their own applications, in figures. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final Formats formats;

    public HomeView(AuthenticationContext authentication, PeopleDirectory peopleDirectory, MyWork myWork,
                    Formats formats) {
        this.formats = formats;
        String username = authentication.getPrincipalName().orElseThrow();
        PersonSummary person = peopleDirectory.findByUsername(username).orElseThrow();
        MyWork.Summary work = myWork.summaryFor(username);

        add(new H2(getTranslation("home.welcome", person.fullName())), roles(person));
        FlexLayout cards = new FlexLayout(
                card("home-assigned", "home.assignedToMe", taskFigure(work.assignedToMe())),
                card("home-offered", "home.offeredToMyGroups", taskFigure(work.offeredToMyGroups())),
                card("home-overdue", "home.overdue", taskFigure(work.overdue())),
                card("home-open-requests", "home.myOpenRequests", formats.number(work.myOpenRequests(), getLocale())),
                card("home-closed-requests", "home.myClosedRequests",
                        formats.number(work.myClosedRequests(), getLocale())));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }

    private Paragraph roles(PersonSummary person) {
        List<String> names = person.roles().stream().map(Role::messageKey).map(this::getTranslation).toList();
        Paragraph roles = new Paragraph(getTranslation("home.yourRoles", String.join(", ", names)));
        roles.setId("home-roles");
        return roles;
    }

    /** A task figure, which stops counting at {@link MyWork.Summary#COUNTED_UP_TO}: "1,000+" then. */
    private String taskFigure(long tasks) {
        String figure = formats.number(tasks, getLocale());
        return tasks < MyWork.Summary.COUNTED_UP_TO ? figure : figure + "+";
    }

    private Component card(String id, String labelKey, String value) {
        Span figure = new Span(value);
        figure.addClassName("pd-card-figure");
        figure.setId(id);
        Div card = new Div(figure, new Paragraph(getTranslation(labelKey)));
        card.addClassName("pd-card");
        return card;
    }
}
