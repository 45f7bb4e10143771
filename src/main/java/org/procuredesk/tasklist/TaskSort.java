package org.procuredesk.tasklist;

/**
 * How a task list is ordered; ties keep a stable order, so pages never overlap.
 *
 * @param descending latest, or largest, first
 */
public record TaskSort(Field field, boolean descending) {

    /** Newest first: the order a list opens in. */
    public static final TaskSort NEWEST = new TaskSort(Field.CREATED, true);

    public TaskSort {
        field = field == null ? Field.CREATED : field;
    }

    public enum Field {
        DUE("t.due_order"),
        CREATED("t.created_at"),
        AMOUNT("t.amount");

        final String column;

        Field(String column) {
            this.column = column;
        }
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return field.column + direction + ", t.task_id" + direction;
    }
}
