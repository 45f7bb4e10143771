package org.procuredesk.tasklist;

/**
 * What a task list shows: which of a person's lists, narrowed how, sorted how.
 *
 * @param sort none for {@link TaskSort#NEWEST}
 */
public record TaskListSettings(TaskScope scope, TaskFilter filter, TaskSort sort) {

    /** These settings, to be saved under a name. */
    public SavedFilterForm named(String name) {
        return new SavedFilterForm(name, scope, filter, sort);
    }
}
