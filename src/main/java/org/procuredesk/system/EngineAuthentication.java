package org.procuredesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who is acting on every request, so its user operation log and the
 * {@code initiator} of a process name the signed-in person and task queries see their groups.
 * Runs after Spring Security has authenticated the request.
 */
@Configuration
class EngineAuthentication {

    /** After Spring Security's filter chain (order -100). */
    static final int ORDER = 0;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineAuthenticationFilter(IdentityService identityService) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new AuthenticationFilter(identityService));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The engine's groups of a signed-in person: the names of their roles. */
    static List<String> groupsOf(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .toList();
    }

    private static final class AuthenticationFilter extends OncePerRequestFilter {

        private final IdentityService identityService;

        AuthenticationFilter(IdentityService identityService) {
            this.identityService = identityService;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || "anonymousUser".equals(authentication.getPrincipal())) {
                chain.doFilter(request, response);
                return;
            }
            identityService.setAuthentication(authentication.getName(), groupsOf(authentication));
            try {
                chain.doFilter(request, response);
            } finally {
                identityService.clearAuthentication();
            }
        }
    }
}
