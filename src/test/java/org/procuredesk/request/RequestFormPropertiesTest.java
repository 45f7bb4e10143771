package org.procuredesk.request;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.DepartmentAdministration;
import org.procuredesk.people.DepartmentForm;
import org.procuredesk.people.PeopleAdministration;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Role;
import org.procuredesk.reliability.Failures;
import org.procuredesk.reliability.NastyValues;
import org.procuredesk.reliability.ReliabilityFigures;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Violations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application form as the UI hands it to {@link PurchaseRequestService}, filled with generated bad input by a
 * requester the test makes: each form is refused naming a field, storing nothing, or kept and read back as typed
 * (surrounding blanks trimmed, as the form promises).
 */
@ProcureDeskIntegrationTest
class RequestFormPropertiesTest {

    private static final int DRAFTS = 400;
    private static final int SUBMISSIONS = 60;

    private static String requester;

    @Autowired
    PurchaseRequestService service;

    @Autowired
    PeopleAdministration administration;

    @Autowired
    DepartmentAdministration departments;

    @Autowired
    PeopleDirectory people;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signUpARequesterInADepartmentOfTheirOwn() {
        if (requester == null) {
            String username = "input." + UUID.randomUUID().toString().substring(0, 8);
            SignedIn.as(people, "alex.admin", () -> {
                PersonSummary head = administration.create(person("head." + username, Role.LINE_MANAGER, null));
                Long department = departments.create(new DepartmentForm(
                        "IN" + username.substring(6).toUpperCase(Locale.ROOT), "Inputs " + username, head.id(), null))
                        .id();
                administration.create(person(username, Role.REQUESTER, department));
            });
            requester = username;
        }
    }

    @Test
    void draftsOfBadInputAreRefusedNamingAFieldOrKeptAsTyped() {
        NastyValues values = NastyValues.forProperty("requestDrafts");
        Failures failures = new Failures();
        for (int i = 0; i < DRAFTS; i++) {
            RequestForm form = nastyForm(values);
            failures.check(() -> tryForm(values, form, false));
        }
        failures.assertNone();
    }

    @Test
    void submissionsOfBadInputAreRefusedNamingAFieldOrKeptAsTyped() {
        NastyValues values = NastyValues.forProperty("requestSubmissions");
        Failures failures = new Failures();
        for (int i = 0; i < SUBMISSIONS; i++) {
            RequestForm form = nastyForm(values);
            failures.check(() -> tryForm(values, form, true));
        }
        failures.assertNone();
    }

    private void tryForm(NastyValues values, RequestForm form, boolean submit) {
        ReliabilityFigures.inputTried();
        long requestsBefore = count("purchase_request");
        long linesBefore = count("request_line");
        RequestView kept;
        try {
            kept = SignedIn.as(people, requester, () -> submit ? service.submit(null, form)
                    : service.saveDraft(null, form));
        } catch (ConstraintViolationException invalid) {
            assertThat(invalid.getConstraintViolations()).allSatisfy(violation -> {
                assertThat(Violations.field(violation)).as("seed %d", values.seed()).isNotBlank();
                assertThat(violation.getMessage()).doesNotContain("{");
            });
            assertNothingStored(requestsBefore, linesBefore);
            return;
        } catch (DomainException refusal) {
            assertThat(refusal.getField()).as("%s refused without its field (seed %d)", refusal.getMessageKey(),
                    values.seed()).isPresent();
            assertNothingStored(requestsBefore, linesBefore);
            return;
        }
        RequestView read = SignedIn.as(people, requester, () -> service.get(kept.id()));
        assertThat(read.justification()).isIn(trimmedOrNull(form.justification()), form.justification());
        assertThat(read.neededBy()).isEqualTo(form.neededBy());
        assertThat(read.lines()).hasSameSizeAs(form.lines());
        for (int line = 0; line < form.lines().size(); line++) {
            LineForm typed = form.lines().get(line);
            LineForm stored = read.lines().get(line);
            assertThat(stored.description()).isEqualTo(typed.description().trim());
            assertThat(stored.preferredModel()).isEqualTo(trimmedOrNull(typed.preferredModel()));
            assertThat(stored.quantity()).isEqualTo(typed.quantity());
            assertThat(stored.estimatedUnitPrice()).isEqualByComparingTo(typed.estimatedUnitPrice());
        }
    }

    private static PersonForm person(String username, Role role, Long department) {
        return new PersonForm(username, "Input " + role, username + "@procuredesk.example", department, null,
                EnumSet.of(role), true, "secret-password", null);
    }

    private RequestForm nastyForm(NastyValues values) {
        List<LineForm> lines = new ArrayList<>();
        int count = values.oneOf(List.of(0, 1, 1, 2, 3));
        for (int i = 0; i < count; i++) {
            lines.add(new LineForm(values.chance(0.05) ? null : values.oneOf(List.of(EquipmentCategory.values())),
                    values.chance(0.3) ? "Docking station" : values.text(false),
                    values.chance(0.5) ? 1 : values.draw(Arbitraries.integers()),
                    values.chance(0.5) ? new BigDecimal("199.99") : values.amount(),
                    values.chance(0.5) ? null : values.text(false)));
        }
        LocalDate neededBy = values.chance(0.5) ? LocalDate.now().plusDays(20) : values.draw(NastyValues.dates());
        return new RequestForm(people.branches().get(0).id(), values.chance(0.2) ? "A new one" : values.text(false),
                neededBy, values.chance(0.1) ? null : Urgency.PLANNED, lines);
    }

    private void assertNothingStored(long requestsBefore, long linesBefore) {
        ReliabilityFigures.refused();
        assertThat(count("purchase_request")).as("applications after a refusal").isEqualTo(requestsBefore);
        assertThat(count("request_line")).as("lines after a refusal").isEqualTo(linesBefore);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
