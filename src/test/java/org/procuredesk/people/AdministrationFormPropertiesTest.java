package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.people.Fixtures.uniqueCode;
import static org.procuredesk.people.Fixtures.uniqueUsername;

import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.reliability.Failures;
import org.procuredesk.reliability.NastyValues;
import org.procuredesk.reliability.ReliabilityFigures;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Violations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administration forms (people, departments, branches) as the UI hands them to their services, with generated
 * bad names: each is refused naming its field, storing nothing, or stored and read back exactly as typed.
 */
@ProcureDeskIntegrationTest
class AdministrationFormPropertiesTest {

    private static final int TRIES = 150;

    @Autowired
    PeopleAdministration people;

    @Autowired
    DepartmentAdministration departments;

    @Autowired
    BranchAdministration branches;

    @Autowired
    PeopleDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void badBranchNamesAndCitiesAreRefusedOnTheirFieldOrReadBackAsTyped() {
        NastyValues values = NastyValues.forProperty("branches");
        Failures failures = new Failures();
        for (int i = 0; i < TRIES; i++) {
            BranchForm form = new BranchForm(values.chance(0.1) ? values.text(false) : uniqueCode(),
                    values.text(false), values.chance(0.5) ? "Cluj" : values.text(false), null);
            failures.check(() -> tryForm("branch", () -> branches.create(form), created -> {
                BranchSummary read = branches.branch(created.id());
                assertThat(read.name()).isEqualTo(form.name());
                assertThat(read.city()).isEqualTo(form.city());
            }));
        }
        failures.assertNone();
    }

    @Test
    void badDepartmentNamesAreRefusedOnTheirFieldOrReadBackAsTyped() {
        NastyValues values = NastyValues.forProperty("departments");
        Failures failures = new Failures();
        for (int i = 0; i < TRIES; i++) {
            DepartmentForm form = new DepartmentForm(values.chance(0.1) ? values.text(false) : uniqueCode(),
                    values.text(false), null, null);
            failures.check(() -> tryForm("department", () -> departments.create(form),
                    created -> assertThat(departments.department(created.id()).name()).isEqualTo(form.name())));
        }
        failures.assertNone();
    }

    @Test
    void badNamesAndAddressesOfPeopleAreRefusedOnTheirFieldOrReadBackAsTyped() {
        NastyValues values = NastyValues.forProperty("people");
        Failures failures = new Failures();
        for (int i = 0; i < TRIES; i++) {
            String username = values.chance(0.1) ? values.text(false) : uniqueUsername();
            String email = values.chance(0.2) ? values.text(false) : username + "@procuredesk.example";
            PersonForm form = new PersonForm(username, values.text(false), email, null, null,
                    EnumSet.of(Role.REQUESTER), true, values.chance(0.8) ? "secret-password" : values.text(false),
                    null);
            failures.check(() -> tryForm("person", () -> people.create(form), created -> {
                PersonSummary read = people.person(created.id());
                assertThat(read.fullName()).isEqualTo(form.fullName());
                assertThat(read.email()).isEqualTo(form.email());
            }));
        }
        failures.assertNone();
    }

    private <T> void tryForm(String table, Supplier<T> create, Consumer<T> readBack) {
        ReliabilityFigures.inputTried();
        long before = count(table);
        T created;
        try {
            created = SignedIn.as(directory, "alex.admin", create);
        } catch (ConstraintViolationException invalid) {
            assertThat(invalid.getConstraintViolations()).allSatisfy(violation -> {
                assertThat(Violations.field(violation)).isIn(fields(table));
                assertThat(violation.getMessage()).doesNotContain("{");
            });
            refused(table, before);
            return;
        } catch (DomainException refusal) {
            assertThat(refusal.getField()).as(refusal.getMessageKey()).isPresent();
            refused(table, before);
            return;
        }
        SignedIn.as(directory, "alex.admin", () -> readBack.accept(created));
    }

    private void refused(String table, long before) {
        ReliabilityFigures.refused();
        assertThat(count(table)).as("%s rows after a refusal", table).isEqualTo(before);
    }

    private static List<String> fields(String table) {
        return switch (table) {
            case "branch" -> List.of("code", "name", "city");
            case "department" -> List.of("code", "name");
            default -> List.of("username", "fullName", "email", "newPassword");
        };
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
