package org.procuredesk.tasklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A task list's settings to be saved under a name; no filter stands for everything, no sort for newest first.
 *
 * @param name what the person calls it, e.g. "Laptops over 5,000"
 */
public record SavedFilterForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
        @NotNull(message = "{validation.required}") TaskScope scope,
        @Valid TaskFilter filter,
        TaskSort sort) {

    public SavedFilterForm {
        name = name == null ? null : name.trim();
        filter = filter == null ? TaskFilter.ALL : filter;
        sort = sort == null ? TaskSort.NEWEST : sort;
    }
}
