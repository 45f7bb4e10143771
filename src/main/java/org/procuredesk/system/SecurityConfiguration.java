package org.procuredesk.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The machines' doors: the REST API (HTTP Basic, no session) and the actuator (health public, the
 * rest for administrators). The UI's door is {@code ui.UiSecurityConfiguration}, ordered after these.
 * Services are secured again with method security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfiguration {

    /** The order of the UI's filter chain: after the API's and the actuator's. */
    public static final int UI_CHAIN_ORDER = 3;

    static final String ADMIN = "ADMIN";
    /** Auditors read everything and change nothing: every write to the API is refused to them. */
    static final String AUDITOR = "AUDITOR";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        return forMachines(http.securityMatcher(ApiPaths.ROOT + "/**"), problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ApiPaths.ADMINISTRATION).hasRole(ADMIN)
                        .requestMatchers(SecurityConfiguration::writes).access(AuthorizationManagers.allOf(
                                AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(AUDITOR))))
                        .anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        return forMachines(http.securityMatcher("/actuator/**"), problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(ADMIN))
                .build();
    }

    private static boolean writes(HttpServletRequest request) {
        return !READS.contains(request.getMethod());
    }

    /**
     * HTTP Basic on every request, refusals as problem details, and no session: no cookie is ever
     * read, so there is nothing to forge a cross-site request with and CSRF tokens are not needed.
     */
    private static HttpSecurity forMachines(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthenticated))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
    }
}
