package org.procuredesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.notification.EmailPreferences;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.NotificationPreferences;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.Messages;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;
import org.springframework.beans.factory.annotation.Autowired;

/** E-mail preferences on the settings page, with the real service: shown as chosen, saved as changed. */
@ProcureDeskIntegrationTest
class EmailPreferencesSectionTest {

    static final String PERSON = "carmen.finance";
    static final EmailPreferences EVERYTHING = new EmailPreferences(true, Set.of());

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    PeopleDirectory people;
    @Autowired
    AuthenticationContext authentication;
    @Autowired
    Messages messages;

    EmailPreferencesSection section;

    @BeforeEach
    void chooseAllButReminders() {
        as(people, PERSON, () -> preferences.update(PERSON,
                new EmailPreferences(true, Set.of(NotificationKind.REMINDER))));
        section = as(people, PERSON, () -> new EmailPreferencesSection(preferences, authentication));
    }

    @AfterEach
    void everythingEmailedAgain() {
        as(people, PERSON, () -> preferences.update(PERSON, EVERYTHING));
    }

    @Test
    void showsWhatThePersonChose() {
        assertThat(Find.byId(section, "email-enabled", Checkbox.class).getValue()).isTrue();
        assertThat(kinds().isEnabled()).isTrue();
        assertThat(kinds().getValue()).isEqualTo(EnumSet.complementOf(EnumSet.of(NotificationKind.REMINDER)));
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void namesEachKindInEnglishAndRomanian(NotificationKind kind) {
        String key = "notification.kind." + kind.name();

        assertThat(kinds().getItemLabelGenerator().apply(kind)).isEqualTo(section.getTranslation(key));
        assertThat(Messages.SUPPORTED).allSatisfy(locale -> assertThat(messages.get(key, locale)).doesNotStartWith("!"));
    }

    @Test
    void greysOutTheKindsWhileEMailIsOff() {
        Find.byId(section, "email-enabled", Checkbox.class).setValue(false);

        assertThat(kinds().isEnabled()).isFalse();
    }

    @Test
    void savesEMailOffAndTheKindsAsChangedKeepingThemForWhenEMailIsOnAgain() {
        kinds().deselect(NotificationKind.LATE_DELIVERY);
        Find.byId(section, "email-enabled", Checkbox.class).setValue(false);

        as(people, PERSON, () -> Find.byId(section, "save-email-preferences", Button.class).click());

        EmailPreferences saved = as(people, PERSON, () -> preferences.preferences(PERSON));
        assertThat(saved.emailEnabled()).isFalse();
        assertThat(saved.kindsWithoutEmail())
                .containsExactlyInAnyOrder(NotificationKind.REMINDER, NotificationKind.LATE_DELIVERY);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<NotificationKind> kinds() {
        return Find.byId(section, "email-kinds", CheckboxGroup.class);
    }
}
