package org.procuredesk.system.ui;

import java.util.List;

/**
 * Something a person may do to several tasks of one kind at once, as a Spring bean of the feature whose
 * tasks they are: e.g. approve several applications. The task list offers each action that handles the
 * tasks chosen in its grid; it knows nothing else of the features, and they know nothing of the task list.
 */
public interface BulkTaskAction {

    /** The message key of the action's name, e.g. on the task list's button. */
    String labelKey();

    boolean handles(String taskDefinitionKey);

    /**
     * Opens the action's dialog on the chosen tasks, to be confirmed there.
     *
     * @param afterwards to run once the action has been carried out, e.g. to list the tasks again
     */
    void open(List<String> taskIds, Runnable afterwards);
}
