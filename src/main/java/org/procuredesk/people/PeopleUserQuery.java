package org.procuredesk.people;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's user query over people; results are ordered by user name. */
class PeopleUserQuery extends UserQueryImpl {

    private final transient PeopleIdentity identity;

    PeopleUserQuery(PeopleIdentity identity, CommandExecutor executor) {
        super(executor);
        this.identity = identity;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return identity.users(this).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        return QueryPages.of(identity.users(this).stream().sorted(Comparator.comparing(User::getId)).toList(), this);
    }

    boolean matches(User user) {
        return (id == null || id.equals(user.getId()))
                && (ids == null || Set.of(ids).contains(user.getId()))
                && matches(firstName, firstNameLike, user, User::getFirstName)
                && matches(lastName, lastNameLike, user, User::getLastName)
                && matches(email, emailLike, user, User::getEmail);
    }

    private static boolean matches(String exact, String like, User user, Function<User, String> attribute) {
        String value = attribute.apply(user);
        return (exact == null || exact.equals(value)) && (like == null || PeopleIdentity.like(like).test(value));
    }
}
