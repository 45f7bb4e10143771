package org.procuredesk.tasklist;

/** A task list's settings a person saved under a name of their own. */
public record SavedFilter(Long id, String name, TaskScope scope, TaskFilter filter, TaskSort sort) {
}
