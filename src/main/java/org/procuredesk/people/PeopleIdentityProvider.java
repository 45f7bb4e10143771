package org.procuredesk.people;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** One engine session's read-only identity provider; ProcureDesk has no tenants. */
class PeopleIdentityProvider implements ReadOnlyIdentityProvider {

    private final PeopleIdentity identity;

    PeopleIdentityProvider(PeopleIdentity identity) {
        this.identity = identity;
    }

    @Override
    public User findUserById(String userId) {
        return identity.user(userId).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new PeopleUserQuery(identity, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new PeopleUserQuery(identity, null);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new UnsupportedOperationException("Native user queries are not supported: people live in ProcureDesk");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return identity.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return PeopleIdentity.role(groupId).map(PeopleIdentity::toGroup).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new RoleGroupQuery(identity, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new RoleGroupQuery(identity, null);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery(null);
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // holds no resources of its own
    }
}
