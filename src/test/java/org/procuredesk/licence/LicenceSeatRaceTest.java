package org.procuredesk.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.procuredesk.people.Race;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Several people assigning the last seats of one licence at the same moment, each in a transaction of their own. */
class LicenceSeatRaceTest extends WithLicences {

    static final List<String> EVERYONE = List.of("ana.requester", "mihai.manager", "ion.support",
            "elena.supporthead", "victor.ithead", "carmen.finance", "dan.security", "george.warehouse",
            "irina.auditor", "alex.admin");

    @Autowired
    Messages messages;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ofTenPeopleAssignedAtOnceToTheLastThreeSeatsExactlyThreeGetOneAndTheOthersAreToldNoneIsLeft()
            throws Exception {
        LicenceSummary licence = newLicence(3, null);

        List<Object> outcomes = Race.run(EVERYONE.stream()
                .map(username -> (Callable<?>) () -> assignPerson(licence, username)).toArray(Callable[]::new));

        List<Object> refused = outcomes.stream().filter(outcome -> !(outcome instanceof AssignmentView)).toList();
        assertThat(outcomes).filteredOn(AssignmentView.class::isInstance).hasSize(3);
        assertThat(refused).hasSize(7).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(
                        messages.get(refusal, Locale.ENGLISH)).isEqualTo(licence.product()
                                + " has no free seat: all 3 bought are in use.")));
        assertThat(detail(licence).summary().seatsUsed()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from licence_assignment where licence_id = ?",
                Integer.class, licence.id())).isEqualTo(3);
    }

    @Test
    void twoPeopleAssigningTheSamePersonAtOnceGiveThemOneSeat() throws Exception {
        LicenceSummary licence = newLicence(5, null);
        Callable<?> assignAna = () -> assignPerson(licence, "ana.requester");

        List<Object> outcomes = Race.run(assignAna, assignAna);

        assertThat(outcomes).filteredOn(AssignmentView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(DomainException.class::isInstance).singleElement()
                .extracting(refusal -> ((DomainException) refusal).getMessageKey())
                .isEqualTo("licence.alreadyAssigned");
        assertThat(detail(licence).summary().seatsUsed()).isEqualTo(1);
    }
}
