package org.procuredesk.tasklist;

import java.time.LocalDate;

/** Who stands in for whom, and when. */
public record SubstitutionView(Long id, String person, String substitute, LocalDate firstDay, LocalDate lastDay) {
}
