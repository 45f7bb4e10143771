package org.procuredesk.people;

import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.procuredesk.system.Violations;

/** Records with names no other test uses, since every test shares one database. */
final class Fixtures {

    static final String PASSWORD = "procuredesk";

    private Fixtures() {
    }

    static String uniqueUsername() {
        return "test." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Upper-case letters and digits, as a code must be. */
    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static PersonForm person(String username, Role... roles) {
        return new PersonForm(username, "Test " + username, username + "@procuredesk.example", null, null,
                EnumSet.of(roles[0], roles), true, "secret-password", null);
    }

    static PersonForm withRoles(PersonForm form, Set<Role> roles) {
        return new PersonForm(form.username(), form.fullName(), form.email(), form.departmentId(), form.branchId(),
                roles, form.active(), form.newPassword(), form.version());
    }

    static PersonForm withActive(PersonForm form, boolean active) {
        return new PersonForm(form.username(), form.fullName(), form.email(), form.departmentId(), form.branchId(),
                form.roles(), active, form.newPassword(), form.version());
    }

    /** Each field at fault with its message. */
    static Map<String, String> messagesByField(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream()
                .collect(Collectors.toMap(Violations::field, violation -> violation.getMessage()));
    }
}
