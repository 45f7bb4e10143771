package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** While a signed-in person's request runs, the engine knows who acts and in which groups; afterwards nobody. */
@ProcureDeskIntegrationTest
class EngineAuthenticationTest {

    @Autowired
    @Qualifier("engineAuthenticationFilter")
    FilterRegistrationBean<? extends Filter> engineAuthenticationFilter;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void engineSeesTheSignedInPersonAndTheirRolesAsGroupsDuringTheRequest() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "mihai.manager", null, List.of(new SimpleGrantedAuthority("ROLE_LINE_MANAGER"),
                        new SimpleGrantedAuthority("ROLE_REQUESTER"))));
        AtomicReference<Authentication> seen = new AtomicReference<>();

        engineAuthenticationFilter.getFilter().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (request, response) -> seen.set(identityService.getCurrentAuthentication()));

        assertThat(seen.get().getUserId()).isEqualTo("mihai.manager");
        assertThat(seen.get().getGroupIds()).containsExactlyInAnyOrder("LINE_MANAGER", "REQUESTER");
        assertThat(identityService.getCurrentAuthentication()).isNull();
    }

    @Test
    void anonymousRequestLeavesTheEngineWithoutAnAuthenticatedUser() throws Exception {
        AtomicReference<Authentication> seen = new AtomicReference<>();

        engineAuthenticationFilter.getFilter().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (request, response) -> seen.set(identityService.getCurrentAuthentication()));

        assertThat(seen.get()).isNull();
    }
}
