package org.procuredesk.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.procuredesk.system.Change;

/**
 * What an administrator enters for a department; the head, if any, approves its members' applications first.
 * A change names the version it was made to.
 */
public record DepartmentForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = FormPatterns.CODE, message = "{validation.code}") String code,
        @NotBlank(message = "{validation.required}")
        @Size(max = 120, message = "{validation.tooLong}") String name,
        Long headId,
        @NotNull(groups = Change.class, message = "{validation.required}") Long version) {

    public static DepartmentForm blank() {
        return new DepartmentForm(null, null, null, null);
    }

    public static DepartmentForm of(DepartmentSummary department) {
        return new DepartmentForm(department.code(), department.name(), department.headId(), department.version());
    }
}
