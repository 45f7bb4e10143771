package org.procuredesk.licence;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence on the report.
 *
 * @param daysLeft  days from today to its expiry date; below zero once expired
 * @param assignees who or what holds its seats now: user names and inventory numbers
 */
public record Finding(FindingKind kind, long licenceId, String product, String vendor, String edition,
                      LocalDate expiresOn, long daysLeft, int seats, int seatsUsed, List<String> assignees) {
}
