package org.procuredesk.request;

import java.time.Instant;
import java.util.List;

/**
 * One step of an application's history, from the engine: a user task, finished or open.
 *
 * @param step     the task definition key
 * @param who      the full name of whoever holds or held it; none while nobody has taken it
 * @param started  when it was created
 * @param ended    when it was completed; none while it is open
 * @param comments what was said on it, oldest first
 */
public record TimelineEntry(String step, String who, Instant started, Instant ended, List<String> comments) {
}
