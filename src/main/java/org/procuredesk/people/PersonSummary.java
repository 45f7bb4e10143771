package org.procuredesk.people;

import java.util.Set;

/** What other features may know of a person, at the version a change to them names; never their password. */
public record PersonSummary(Long id, String username, String fullName, String email, Long departmentId,
                            String departmentName, Long branchId, String branchName, Set<Role> roles,
                            boolean active, String preferredLocale, long version) {

    static PersonSummary of(Person person) {
        return new PersonSummary(person.getId(), person.getUsername(), person.getFullName(), person.getEmail(),
                person.getDepartment() == null ? null : person.getDepartment().getId(),
                person.getDepartment() == null ? null : person.getDepartment().getName(),
                person.getBranch() == null ? null : person.getBranch().getId(),
                person.getBranch() == null ? null : person.getBranch().getName(),
                person.getRoles(), person.isActive(), person.getPreferredLocale(), person.getVersion());
    }
}
