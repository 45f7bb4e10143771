package org.procuredesk.licence;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A licence as lists show it, with the seats in use of those bought. */
public record LicenceSummary(long id, long version, String product, String vendor, String edition, int seats,
                             int seatsUsed, LocalDate validFrom, LocalDate expiresOn, BigDecimal cost,
                             ExpiryStatus expiry) {
}
