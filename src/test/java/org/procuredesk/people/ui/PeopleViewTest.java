package org.procuredesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.people.BranchAdministration;
import org.procuredesk.people.DepartmentAdministration;
import org.procuredesk.people.PeopleAdministration;
import org.procuredesk.people.Person;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Role;
import org.procuredesk.system.DomainException;
import org.procuredesk.ui.Find;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The view's part only: what it does with the service's answers. The services are stand-ins. */
class PeopleViewTest {

    private final PeopleAdministration people = mock(PeopleAdministration.class);
    /** Held here: Vaadin keeps the current UI only weakly. */
    private final UI ui = new UI();
    private PeopleView view;

    @BeforeEach
    void openView() {
        UI.setCurrent(ui);
        view = new PeopleView(people, mock(DepartmentAdministration.class), mock(BranchAdministration.class));
    }

    @AfterEach
    void closeView() {
        UI.setCurrent(null);
    }

    @Test
    void showsEachInvalidFieldTheServiceReportsAndKeepsTheFormOpen() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            when(people.create(any())).thenAnswer(call -> {
                throw new ConstraintViolationException(validator.validate((PersonForm) call.getArgument(0)));
            });
            fillNewPerson("Not Valid", "");

            assertThat(Find.byId(view, "person-username", TextField.class).isInvalid()).isTrue();
            assertThat(Find.byId(view, "person-email", EmailField.class).isInvalid()).isTrue();
            assertThat(Find.byId(view, "person-fullName", TextField.class).isInvalid()).isFalse();
            assertThat(Find.byId(view, "person-form", PersonEditor.class).isVisible()).isTrue();
        }
    }

    @Test
    void checksTheShapeOfAnEmailAddressBeforeCallingTheService() {
        fillNewPerson("new.person", "not-an-email");

        EmailField email = Find.byId(view, "person-email", EmailField.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(view.getTranslation("validation.email"));
        verify(people, never()).create(any());
    }

    @Test
    void showsARefusalOnTheFieldItNamesAndKeepsTheFormOpen() {
        when(people.create(any())).thenThrow(DomainException.ofField("username", "person.usernameTaken", "ana"));

        fillNewPerson("ana", "ana@example.org");

        assertThat(Find.byId(view, "person-username", TextField.class).isInvalid()).isTrue();
        assertThat(Find.byId(view, "person-form", PersonEditor.class).isVisible()).isTrue();
    }

    @Test
    void closesTheFormAndReloadsTheListAfterASave() {
        when(people.people()).thenReturn(List.of());

        fillNewPerson("new.person", "new.person@example.org");

        verify(people).create(any());
        verify(people, times(2)).people();
        assertThat(Find.byId(view, "person-form", PersonEditor.class).isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsThePersonAsTheyAreNowWhenSomeoneElseChangedThemMeanwhileAndLetsTheConflictBeTold() {
        PersonSummary read = ana("Ana Popescu", 0);
        PersonSummary now = ana("Ana Maria Popescu", 1);
        when(people.people()).thenReturn(List.of(read), List.of(now));
        when(people.update(any(), any())).thenThrow(new ObjectOptimisticLockingFailureException(Person.class, 7L));
        view = new PeopleView(people, mock(DepartmentAdministration.class), mock(BranchAdministration.class));
        Grid<PersonSummary> grid = Find.byId(view, "people-grid", Grid.class);
        grid.select(read);
        TextField fullName = Find.byId(view, "person-fullName", TextField.class);
        fullName.setValue("Ana P.");

        assertThatThrownBy(() -> Find.byId(view, "person-save", Button.class).click())
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(grid.getListDataView().getItems()).containsExactly(now);
        assertThat(fullName.getValue()).isEqualTo("Ana Maria Popescu");
        assertThat(Find.byId(view, "person-form", PersonEditor.class).isVisible()).isTrue();
    }

    private static PersonSummary ana(String fullName, long version) {
        return new PersonSummary(7L, "ana.requester", fullName, "ana@example.org", null, null, null, null,
                EnumSet.of(Role.REQUESTER), true, null, version);
    }

    private void fillNewPerson(String username, String email) {
        Find.byId(view, "person-new", Button.class).click();
        Find.byId(view, "person-username", TextField.class).setValue(username);
        Find.byId(view, "person-fullName", TextField.class).setValue("New Person");
        Find.byId(view, "person-email", EmailField.class).setValue(email);
        Find.byId(view, "person-newPassword", PasswordField.class).setValue("secret-password");
        Find.byId(view, "person-save", Button.class).click();
    }
}
