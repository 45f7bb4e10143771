package org.procuredesk.system;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine work in a named person's name, so the engine's history and user operation log say
 * who did it, even when no web request set the engine's authentication (a timer, a test, a batch).
 */
@Component
public class EngineActor {

    private final IdentityService identityService;

    EngineActor(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T as(String username, Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        if (previous != null && username.equals(previous.getUserId())) {
            return work.get();
        }
        identityService.setAuthentication(username, List.of());
        try {
            return work.get();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }
}
