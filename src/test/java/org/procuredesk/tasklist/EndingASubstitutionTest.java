package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Back early, or not going after all: a person ends one of their own substitutions, and nobody else's. */
@ProcureDeskIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EndingASubstitutionTest {

    static final String AWAY = "irina.auditor";

    @Autowired
    Substitutions substitutions;
    @Autowired
    SubstitutionRepository repository;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void readToday() {
        today = LocalDate.now(clock);
    }

    @AfterEach
    void nobodyAway() {
        repository.deleteAll(repository.findByPerson(AWAY));
    }

    @Test
    void aSubstitutionNotYetStartedIsDeleted() {
        SubstitutionView planned = name(today.plusDays(3), today.plusDays(7));

        as(people, AWAY, () -> substitutions.end(planned.id()));

        assertThat(repository.findById(planned.id())).isEmpty();
    }

    @Test
    void aSubstitutionStartingTodayIsDeletedAndStandsNoLonger() {
        SubstitutionView fromToday = name(today, today.plusDays(2));

        as(people, AWAY, () -> substitutions.end(fromToday.id()));

        assertThat(repository.findById(fromToday.id())).isEmpty();
        assertThat(substitutions.substituteToday(AWAY)).isEmpty();
    }

    @Test
    void aSubstitutionInForceSinceAnEarlierDayKeepsItsPastDaysAndEndsYesterday() {
        SubstitutionView inForce = name(today.minusDays(3), today.plusDays(4));

        as(people, AWAY, () -> substitutions.end(inForce.id()));

        assertThat(as(people, AWAY, () -> substitutions.mine())).singleElement().satisfies(ended -> {
            assertThat(ended.firstDay()).isEqualTo(today.minusDays(3));
            assertThat(ended.lastDay()).isEqualTo(today.minusDays(1));
        });
        assertThat(substitutions.substituteToday(AWAY)).isEmpty();
    }

    @Test
    void aSubstitutionAlreadyOverIsRefusedAndStaysAsItWas() {
        Substitution over = repository.save(new Substitution(AWAY, "ion.support", today.minusDays(9),
                today.minusDays(2)));

        assertThatThrownBy(() -> as(people, AWAY, () -> substitutions.end(over.view().id())))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("substitution.alreadyOver"));
        assertThat(repository.findById(over.view().id()).map(Substitution::view)).hasValue(over.view());
    }

    @Test
    void someoneElsesSubstitutionIsNotFoundForThemStaysAsItWasAndTheAttemptIsLogged(CapturedOutput output) {
        SubstitutionView mine = name(today, today.plusDays(2));

        assertThatThrownBy(() -> as(people, "dan.security", () -> substitutions.end(mine.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("substitution.notFound"));
        assertThat(as(people, AWAY, () -> substitutions.mine())).containsExactly(mine);
        assertThat(output.getOut()).contains("WARN").contains(
                "Refused to end substitution " + mine.id() + " to 'dan.security': not theirs, or no such substitution");
    }

    private SubstitutionView name(LocalDate firstDay, LocalDate lastDay) {
        return as(people, AWAY, () -> substitutions.name(new SubstitutionForm("ion.support", firstDay, lastDay)));
    }
}
