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
        DUE("due_order"),
        CREATED("created_at"),
        AMOUNT("amount");

        final String column;

        Field(String column) {
            this.column = column;
        }
    }

    /** The order by clause on the table under {@code alias}: both the model's tables hold the sort keys. */
    String orderBy(String alias) {
        String direction = descending ? " desc" : " asc";
        return alias + "." + field.column + direction + ", " + alias + ".task_id" + direction;
    }
}
