package org.procuredesk.people;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes the engine see ProcureDesk's people and roles: users are people (by user name), groups are
 * roles (by name, e.g. {@code IT_SUPPORT}), read-only; the engine's own identity tables stay unused.
 */
@Component
class PeopleIdentityPlugin extends AbstractProcessEnginePlugin {

    private final PeopleIdentity identity;

    PeopleIdentityPlugin(PeopleIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(identity);
    }
}
