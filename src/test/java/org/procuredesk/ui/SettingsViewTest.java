package org.procuredesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.notification.EmailPreferences;
import org.procuredesk.notification.NotificationPreferences;
import org.procuredesk.notification.ui.EmailPreferencesSection;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.tasklist.SubstitutionForm;
import org.procuredesk.tasklist.SubstitutionView;
import org.procuredesk.tasklist.Substitutions;
import org.procuredesk.tasklist.ui.OutOfOfficeSection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The settings page as the application builds it: the signed-in person's own substitutes and e-mail choice. */
@ProcureDeskIntegrationTest
class SettingsViewTest {

    static final String PERSON = "dan.security";

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();
    @Autowired
    ApplicationContext beans;
    @Autowired
    Substitutions substitutions;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Clock clock;

    @AfterEach
    void asBefore() {
        as(people, PERSON, () -> {
            substitutions.mine().forEach(substitution -> substitutions.end(substitution.id()));
            preferences.update(PERSON, new EmailPreferences(true, Set.of()));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensOnThePersonsOwnSubstitutesAndEMailChoice() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        SubstitutionView away = as(people, PERSON, () -> {
            preferences.update(PERSON, new EmailPreferences(false, Set.of()));
            return substitutions.name(new SubstitutionForm("ion.support", tomorrow, tomorrow));
        });

        SettingsView view = as(people, PERSON, () -> new SettingsView(beans.getBean(OutOfOfficeSection.class),
                beans.getBean(EmailPreferencesSection.class)));

        assertThat(Find.byId(view, "substitutions-grid", Grid.class).getListDataView().getItems())
                .containsExactly(away);
        assertThat(Find.byId(view, "email-enabled", Checkbox.class).getValue()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo(view.getTranslation("nav.settings"));
    }
}
