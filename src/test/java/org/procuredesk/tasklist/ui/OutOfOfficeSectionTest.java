package org.procuredesk.tasklist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.system.Formats;
import org.procuredesk.system.Messages;
import org.procuredesk.tasklist.SubstitutionView;
import org.procuredesk.tasklist.Substitutions;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;
import org.springframework.beans.factory.annotation.Autowired;

/** Out of office on the settings page, with the real services: what is set there is saved and listed, what is wrong is shown. */
@ProcureDeskIntegrationTest
class OutOfOfficeSectionTest {

    static final String AWAY = "irina.auditor";

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();
    @Autowired
    Substitutions substitutions;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Formats formats;
    @Autowired
    Clock clock;
    @Autowired
    Messages messages;

    LocalDate today;
    OutOfOfficeSection section;

    @BeforeEach
    void openSection() {
        today = LocalDate.now(clock);
        section = as(people, AWAY, () -> new OutOfOfficeSection(substitutions, people, formats, clock));
    }

    @AfterEach
    void nobodyAway() {
        as(people, AWAY, () -> substitutions.mine().forEach(substitution -> substitutions.end(substitution.id())));
    }

    @Test
    void offersEveryActivePersonButMeToStandIn() {
        assertThat(substitute().getListDataView().getItems().map(PersonSummary::username))
                .contains("ion.support", "mihai.manager").doesNotContain(AWAY);
    }

    @Test
    void aSubstituteSetHereIsSavedAndListedWithTheFieldsEmptiedForTheNext() {
        enter("ion.support", today.plusDays(1), today.plusDays(3));

        click("set-substitute");

        SubstitutionView saved = new SubstitutionView(null, AWAY, "ion.support", today.plusDays(1), today.plusDays(3));
        assertThat(mine()).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(saved);
        assertThat(grid().getListDataView().getItems()).containsExactlyElementsOf(mine());
        assertThat(substitute().getValue()).isNull();
        assertThat(Find.byId(section, "substitution-last-day", DatePicker.class).getValue()).isNull();
    }

    @Test
    void aLastDayBeforeTheFirstIsShownOnTheLastDayAndNothingIsSaved() {
        enter("ion.support", today.plusDays(5), today.plusDays(2));

        click("set-substitute");

        DatePicker lastDay = Find.byId(section, "substitution-last-day", DatePicker.class);
        assertThat(lastDay.isInvalid()).isTrue();
        assertThat(lastDay.getErrorMessage()).isEqualTo(section.getTranslation("substitution.endsBeforeItStarts"));
        assertThat(Find.byId(section, "substitution-first-day", DatePicker.class).isInvalid()).isFalse();
        assertThat(mine()).isEmpty();
        assertThat(grid().getListDataView().getItems()).isEmpty();
    }

    @Test
    void aMissingSubstituteIsShownOnItsFieldAndNothingIsSaved() {
        enter(null, today, today);

        click("set-substitute");

        assertThat(substitute().isInvalid()).isTrue();
        assertThat(substitute().getErrorMessage()).isEqualTo(messages.get("validation.required", UI.getCurrent().getLocale()));
        assertThat(mine()).isEmpty();
    }

    private void enter(String username, LocalDate firstDay, LocalDate lastDay) {
        substitute().setValue(username == null ? null : substitute().getListDataView().getItems()
                .filter(person -> person.username().equals(username)).findFirst().orElseThrow());
        Find.byId(section, "substitution-first-day", DatePicker.class).setValue(firstDay);
        Find.byId(section, "substitution-last-day", DatePicker.class).setValue(lastDay);
    }

    private void click(String id) {
        as(people, AWAY, () -> Find.byId(section, id, Button.class).click());
    }

    private List<SubstitutionView> mine() {
        return as(people, AWAY, () -> substitutions.mine());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<PersonSummary> substitute() {
        return Find.byId(section, "substitute", ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<SubstitutionView> grid() {
        return Find.byId(section, "substitutions-grid", Grid.class);
    }
}
