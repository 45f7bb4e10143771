package org.procuredesk.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The engine's view of people (users) and roles (groups), answered from the people tables. */
@Component
class PeopleIdentity implements SessionFactory {

    static final String GROUP_TYPE = "WORKFLOW";

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    PeopleIdentity(PersonRepository people, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
    }

    @Override
    public Session openSession() {
        return new PeopleIdentityProvider(this);
    }

    Optional<User> user(String username) {
        return people.findByUsername(username).filter(Person::isActive).map(PeopleIdentity::toUser);
    }

    List<User> users(PeopleUserQuery query) {
        Stream<Person> candidates = query.getGroupId() == null ? people.findAll().stream()
                : role(query.getGroupId()).map(people::findActiveWithRole).orElse(List.of()).stream();
        return candidates.filter(Person::isActive).map(PeopleIdentity::toUser).filter(query::matches).toList();
    }

    boolean checkPassword(String username, String password) {
        return username != null && password != null && people.findByUsername(username)
                .filter(Person::isActive)
                .map(person -> passwordEncoder.matches(password, person.getPasswordHash()))
                .orElse(false);
    }

    List<Group> groups(RoleGroupQuery query) {
        Collection<Role> roles = query.getUserId() == null ? EnumSet.allOf(Role.class)
                : people.findByUsername(query.getUserId()).filter(Person::isActive).map(Person::getRoles)
                        .orElse(EnumSet.noneOf(Role.class));
        return roles.stream().map(PeopleIdentity::toGroup).filter(query::matches).toList();
    }

    static Optional<Role> role(String groupId) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(groupId)).findFirst();
    }

    static Group toGroup(Role role) {
        GroupEntity group = new GroupEntity(role.name());
        group.setName(role.name().charAt(0) + role.name().substring(1).toLowerCase().replace('_', ' '));
        group.setType(GROUP_TYPE);
        return group;
    }

    private static User toUser(Person person) {
        UserEntity user = new UserEntity(person.getUsername());
        String fullName = person.getFullName().trim();
        int lastSpace = fullName.lastIndexOf(' ');
        user.setFirstName(lastSpace < 0 ? fullName : fullName.substring(0, lastSpace));
        user.setLastName(lastSpace < 0 ? "" : fullName.substring(lastSpace + 1));
        user.setEmail(person.getEmail());
        return user;
    }

    /** Camunda's "like" patterns use % for any run of characters. */
    static Predicate<String> like(String pattern) {
        String regex = ("\\Q" + pattern + "\\E").replace("%", "\\E.*\\Q");
        return value -> value != null && value.matches(regex);
    }
}
