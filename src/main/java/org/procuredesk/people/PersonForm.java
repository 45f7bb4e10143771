package org.procuredesk.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.procuredesk.system.Change;
import org.procuredesk.system.Creation;

/**
 * What an administrator enters for a person. The password is required for a new person
 * (validation group {@link Creation}) and optional on an update, where none keeps the current one;
 * an update names the version it was made to (validation group {@link Change}).
 */
public record PersonForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = FormPatterns.USERNAME, message = "{validation.username}") String username,
        @NotBlank(message = "{validation.required}")
        @Size(max = 120, message = "{validation.tooLong}") String fullName,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.tooLong}") String email,
        Long departmentId,
        Long branchId,
        @NotEmpty(message = "{validation.roles}") Set<Role> roles,
        boolean active,
        @NotNull(groups = Creation.class, message = "{validation.required}")
        @Size(min = 8, max = 72, message = "{validation.password}") String newPassword,
        @NotNull(groups = Change.class, message = "{validation.required}") Long version) {

    /** A new, active requester with nothing filled in yet. */
    public static PersonForm blank() {
        return new PersonForm(null, null, null, null, null, EnumSet.of(Role.REQUESTER), true, null, null);
    }

    /** The person as they are, ready to be changed; the password stays as it is unless a new one is given. */
    public static PersonForm of(PersonSummary person) {
        return new PersonForm(person.username(), person.fullName(), person.email(), person.departmentId(),
                person.branchId(), person.roles(), person.active(), null, person.version());
    }
}
