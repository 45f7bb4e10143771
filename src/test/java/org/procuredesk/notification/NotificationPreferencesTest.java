package org.procuredesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** What a person is e-mailed about: everything until they choose otherwise, and only they choose. */
@ProcureDeskIntegrationTest
class NotificationPreferencesTest {

    static final String WAREHOUSE_KEEPER = "george.warehouse";

    @Autowired
    NotificationPreferences preferences;
    @Autowired
    PeopleDirectory people;

    @AfterEach
    void everythingEmailedAgain() {
        as(people, WAREHOUSE_KEEPER, () -> preferences.update(WAREHOUSE_KEEPER, EmailPreferences.ALL));
    }

    @Test
    void somebodyWhoNeverChoseIsEmailedAboutEverything() {
        EmailPreferences untouched = as(people, "irina.auditor", () -> preferences.preferences("irina.auditor"));

        assertThat(untouched).isEqualTo(new EmailPreferences(true, Set.of()));
        assertThat(untouched.wantsEmail(NotificationKind.NEW_TASK)).isTrue();
    }

    @Test
    void aPersonSwitchesKindsOrEMailAltogetherOff() {
        as(people, WAREHOUSE_KEEPER, () -> preferences.update(WAREHOUSE_KEEPER,
                new EmailPreferences(true, Set.of(NotificationKind.REMINDER, NotificationKind.LATE_DELIVERY))));
        EmailPreferences someKinds = as(people, WAREHOUSE_KEEPER, () -> preferences.preferences(WAREHOUSE_KEEPER));
        as(people, WAREHOUSE_KEEPER, () -> preferences.update(WAREHOUSE_KEEPER, new EmailPreferences(false, Set.of())));
        EmailPreferences none = as(people, WAREHOUSE_KEEPER, () -> preferences.preferences(WAREHOUSE_KEEPER));

        assertThat(someKinds.kindsWithoutEmail())
                .containsExactlyInAnyOrder(NotificationKind.REMINDER, NotificationKind.LATE_DELIVERY);
        assertThat(someKinds.wantsEmail(NotificationKind.REMINDER)).isFalse();
        assertThat(someKinds.wantsEmail(NotificationKind.NEW_TASK)).isTrue();
        assertThat(none.kindsWithoutEmail()).isEmpty();
        assertThat(none.wantsEmail(NotificationKind.NEW_TASK)).isFalse();
    }

    @Test
    void nobodyReadsOrChangesAnotherPersonsPreferences() {
        assertThatThrownBy(() -> as(people, "mihai.manager", () -> preferences.preferences(WAREHOUSE_KEEPER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(people, "mihai.manager",
                () -> preferences.update(WAREHOUSE_KEEPER, new EmailPreferences(false, Set.of()))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
