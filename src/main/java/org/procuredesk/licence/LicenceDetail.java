package org.procuredesk.licence;

import java.util.List;

/**
 * A licence with every assignment it ever had, those in force first.
 *
 * @param licenceKey the key or contract reference; null for readers outside IT
 */
public record LicenceDetail(LicenceSummary summary, String licenceKey, List<AssignmentView> assignments) {
}
