package org.procuredesk.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** IT support and the IT head are reminded of a licence 30 days before it expires, once per expiry date. */
class LicenceExpiryTest extends WithLicences {

    @Autowired
    LicenceExpiry expiry;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void remindsItSupportAndTheItHeadOnceThirtyDaysBeforeExpiryAndAgainForANewExpiryDate() {
        LocalDate expiresOn = today().plusDays(100);
        LicenceSummary licence = newLicence(2, expiresOn);

        setToday(expiresOn.minusDays(31));
        assertThat(expiry.remindDue()).doesNotContain(licence.id());
        setToday(expiresOn.minusDays(30));
        assertThat(expiry.remindDue()).contains(licence.id());
        setToday(expiresOn.minusDays(29));
        assertThat(expiry.remindDue()).doesNotContain(licence.id());

        assertThat(remindersOf(licence, "ion.support")).isEqualTo(1);
        assertThat(remindersOf(licence, "victor.ithead")).isEqualTo(1);
        assertThat(remindersOf(licence, "ana.requester")).isZero();

        expireOn(licence, expiresOn.minusDays(7));
        assertThat(expiry.remindDue()).contains(licence.id());
        assertThat(remindersOf(licence, "ion.support")).isEqualTo(2);
    }

    @Test
    void aLicenceAlreadyExpiredOrPerpetualIsNotReminded() {
        LicenceSummary expired = newLicence(2, today().minusDays(1));
        LicenceSummary perpetual = newLicence(2, null);

        assertThat(expiry.remindDue()).doesNotContain(expired.id(), perpetual.id());
    }

    private void setToday(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(7, 0)).atZone(clock.getZone()).toInstant()));
    }

    private int remindersOf(LicenceSummary licence, String username) {
        return jdbc.queryForObject("select count(*) from notification where recipient_username = ?"
                + " and message_key = 'notice.licenceExpiring' and message_args like ?", Integer.class, username,
                "%" + licence.product() + "%");
    }
}
