package org.procuredesk.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.procuredesk.system.DomainException;

/** Licensed software: what was bought from whom, how many seats, valid until when. */
@Entity
@Table(name = "licence")
class Licence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String product;
    private String vendor;
    private String edition;
    private String licenceKey;
    private int seats;

    /** Changed only by the conditional updates of {@link LicenceRepository}, never written from here. */
    @Column(updatable = false)
    private int seatsUsed;

    private LocalDate validFrom;
    private LocalDate expiresOn;
    private BigDecimal cost;

    /** The expiry date the reminder was sent for; none yet, or not for the current expiry date. */
    private LocalDate remindedFor;

    protected Licence() {
    }

    Licence(LicenceForm form) {
        change(form);
    }

    /** Refused when fewer seats would remain than are in use. A new expiry date re-arms the reminder. */
    void change(LicenceForm form) {
        if (form.seats() < seatsUsed) {
            throw DomainException.ofField("seats", "licence.seatsBelowUse", form.seats(), seatsUsed);
        }
        if (!Objects.equals(expiresOn, form.expiresOn())) {
            remindedFor = null;
        }
        this.product = form.product().strip();
        this.vendor = form.vendor().strip();
        this.edition = blankToNull(form.edition());
        this.licenceKey = blankToNull(form.licenceKey());
        this.seats = form.seats();
        this.validFrom = form.validFrom();
        this.expiresOn = form.expiresOn();
        this.cost = form.cost();
    }

    boolean expiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }

    /** Whether the reminder for the current expiry date is still to be sent. */
    boolean remindBy(LocalDate lastDayToRemind, LocalDate today) {
        return expiresOn != null && !expiresOn.isBefore(today) && !expiresOn.isAfter(lastDayToRemind)
                && !expiresOn.equals(remindedFor);
    }

    void reminded() {
        remindedFor = expiresOn;
    }

    LicenceSummary summary(LocalDate today, int reminderDays) {
        return new LicenceSummary(id, version, product, vendor, edition, seats, seatsUsed, validFrom, expiresOn, cost,
                status(today, reminderDays));
    }

    private ExpiryStatus status(LocalDate today, int reminderDays) {
        if (expiresOn == null) {
            return ExpiryStatus.PERPETUAL;
        }
        if (expiresOn.isBefore(today)) {
            return ExpiryStatus.EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(reminderDays)) ? ExpiryStatus.VALID : ExpiryStatus.EXPIRING;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long getId() {
        return id;
    }

    String getProduct() {
        return product;
    }

    String getLicenceKey() {
        return licenceKey;
    }

    int getSeats() {
        return seats;
    }
}
