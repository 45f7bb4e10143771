package org.procuredesk.tasklist;

import java.util.Set;

/**
 * Who is looking at a task list, with what decides which tasks they see.
 *
 * @param roles     their roles: the engine groups whose tasks they may claim
 * @param actingFor the people they stand in for today
 * @param team      the people of the departments they head, themselves excluded
 */
record Viewer(String username, Set<String> roles, Set<String> actingFor, Set<String> team) {
}
