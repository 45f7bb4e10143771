package org.procuredesk.request;

import java.time.Instant;
import java.util.List;

/**
 * The open task of an application's process: which step, whose work it is and since when.
 *
 * @param step            the task definition key, e.g. {@value ApplicationToItProcess#CHECK_COMPLETENESS}
 * @param assignee        the full name of the person it is assigned to; none while it is offered to groups
 * @param candidateGroups the roles it is offered to
 */
public record CurrentStep(String step, String assignee, List<String> candidateGroups, Instant since) {
}
