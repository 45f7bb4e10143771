package org.procuredesk.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each test makes licences of products nobody else has, since every test shares one database. Steps run as IT
 * support unless a test signs in as somebody else.
 */
@ProcureDeskIntegrationTest
abstract class WithLicences {

    static final String SUPPORT = "ion.support";

    @Autowired
    PeopleDirectory people;
    @Autowired
    Licences licences;
    @Autowired
    Clock clock;

    /** A licence of a product of its own, valid since a year ago, with the seats and expiry date given. */
    LicenceSummary newLicence(int seats, LocalDate expiresOn) {
        return asSupport(() -> licences.create(form(product(), seats, expiresOn))).summary();
    }

    static LicenceForm form(String product, int seats, LocalDate expiresOn) {
        return new LicenceForm(product, "Microsoft", "Professional", "KEY-" + product, seats,
                LocalDate.of(2025, 1, 1), expiresOn, new BigDecimal("1200.00"));
    }

    static String product() {
        return "Office " + UUID.randomUUID().toString().substring(0, 8);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    AssignmentView assignPerson(LicenceSummary licence, String username) {
        return asSupport(() -> licences.assign(licence.id(), new AssignmentForm(AssigneeKind.PERSON, username)));
    }

    LicenceDetail detail(LicenceSummary licence) {
        return asSupport(() -> licences.detail(licence.id()));
    }

    /** The licence's expiry date moved, everything else kept. */
    void expireOn(LicenceSummary licence, LocalDate expiresOn) {
        asSupport(() -> licences.change(licence.id(), form(licence.product(), licence.seats(), expiresOn)));
    }

    <T> T asSupport(Supplier<T> step) {
        return SignedIn.as(people, SUPPORT, step);
    }

    /** The call is refused with the message the key names. */
    static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(messageKey));
    }
}
