package org.procuredesk.people;

import static org.procuredesk.SignedIn.as;

import java.util.EnumSet;
import java.util.UUID;
import org.procuredesk.HttpTestClient;
import org.springframework.stereotype.Component;

/**
 * People no other test knows, added by an administrator, who sign in with the demo password: a test acting as one
 * of them touches nothing a demo person owns (applications, notifications, filters, substitutions).
 */
@Component
public class Newcomers {

    private final PeopleAdministration administration;
    private final PeopleDirectory people;

    Newcomers(PeopleAdministration administration, PeopleDirectory people) {
        this.administration = administration;
        this.people = people;
    }

    /** A new person holding the roles, in no department; their user name starts with {@code prefix}. */
    public String withRole(String prefix, Role... roles) {
        return add(prefix, null, null, roles);
    }

    /** A new person holding the roles, in the department and branch of {@code colleague}. */
    public String besides(String colleague, String prefix, Role... roles) {
        PersonSummary beside = people.findByUsername(colleague).orElseThrow();
        return add(prefix, beside.departmentId(), beside.branchId(), roles);
    }

    private String add(String prefix, Long departmentId, Long branchId, Role... roles) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        as(people, "alex.admin", () -> administration.create(new PersonForm(username, "Test " + username,
                username + "@procuredesk.example", departmentId, branchId, EnumSet.of(roles[0], roles), true,
                HttpTestClient.DEMO_PASSWORD, null)));
        return username;
    }
}
