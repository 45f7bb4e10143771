package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.procuredesk.people.Fixtures.person;
import static org.procuredesk.people.Fixtures.uniqueCode;
import static org.procuredesk.people.Fixtures.uniqueUsername;
import static org.procuredesk.people.Fixtures.withActive;

import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@ProcureDeskIntegrationTest
@WithMockUser(roles = "ADMIN")
class DepartmentAdministrationTest {

    @Autowired
    DepartmentAdministration administration;

    @Autowired
    PeopleAdministration people;

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void addsADepartmentAndChangesItsHead() {
        PersonSummary head = people.create(person(uniqueUsername(), Role.LINE_MANAGER));
        String code = uniqueCode();

        DepartmentSummary added = administration.create(new DepartmentForm(code, "Logistics", null, null));
        DepartmentSummary changed = administration.update(added.id(),
                new DepartmentForm(code, "Logistics", head.id(), added.version()));

        assertThat(changed.headId()).isEqualTo(head.id());
        assertThat(changed.headName()).isEqualTo(head.fullName());
        assertThat(administration.departments()).contains(changed);
    }

    @Test
    void refusesEveryInvalidFieldWithItsTranslatedMessage() {
        LocaleContextHolder.setLocale(Messages.ENGLISH);

        assertThatThrownBy(() -> administration.create(new DepartmentForm("it dept", "", null, null)))
                .asInstanceOf(type(ConstraintViolationException.class))
                .extracting(Fixtures::messagesByField)
                .isEqualTo(Map.of("code", "Use 1 to 20 upper-case letters, digits or dashes.",
                        "name", "This field is required."));
        assertThat(administration.departments()).noneMatch(department -> department.code().equals("it dept"));
    }

    @Test
    void refusesACodeAnotherDepartmentHolds() {
        DepartmentSummary other = administration.create(new DepartmentForm(uniqueCode(), "Other", null, null));
        DepartmentSummary mine = administration.create(new DepartmentForm(uniqueCode(), "Mine", null, null));

        assertThatThrownBy(() -> administration.update(mine.id(),
                new DepartmentForm(other.code(), "Mine", null, mine.version())))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getField()).contains("code");
                    assertThat(refusal.getMessageKey()).isEqualTo("department.codeTaken");
                });
        assertThat(administration.department(mine.id())).isEqualTo(mine);
    }

    @Test
    void refusesAHeadWhoDoesNotExistOrIsInactive() {
        PersonSummary gone = people.create(withActive(person(uniqueUsername(), Role.LINE_MANAGER), false));
        String code = uniqueCode();

        assertThatThrownBy(() -> administration.create(new DepartmentForm(code, "Unknown head", Long.MAX_VALUE, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("department.headUnknown"));
        assertThatThrownBy(() -> administration.create(new DepartmentForm(code, "Inactive head", gone.id(), null)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getField()).contains("headId");
                    assertThat(refusal.getMessageKey()).isEqualTo("department.headInactive");
                });
        assertThat(administration.departments()).noneMatch(department -> department.code().equals(code));
    }
}
