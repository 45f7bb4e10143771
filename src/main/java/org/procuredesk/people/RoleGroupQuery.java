package org.procuredesk.people;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's group query over roles; results are ordered by group id (the role name). */
class RoleGroupQuery extends GroupQueryImpl {

    private final transient PeopleIdentity identity;

    RoleGroupQuery(PeopleIdentity identity, CommandExecutor executor) {
        super(executor);
        this.identity = identity;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return identity.groups(this).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        return QueryPages.of(identity.groups(this).stream().sorted(Comparator.comparing(Group::getId)).toList(), this);
    }

    boolean matches(Group group) {
        return (id == null || id.equals(group.getId()))
                && (ids == null || Set.of(ids).contains(group.getId()))
                && (name == null || name.equals(group.getName()))
                && (nameLike == null || PeopleIdentity.like(nameLike).test(group.getName()))
                && (type == null || type.equals(group.getType()));
    }
}
