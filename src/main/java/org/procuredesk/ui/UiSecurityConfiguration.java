package org.procuredesk.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.procuredesk.system.SecurityConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The UI's door: the login view, the session id rotated at sign-in and the session invalidated at
 * sign-out. Views are denied unless annotated ({@code @PermitAll}, {@code @RolesAllowed}).
 */
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class UiSecurityConfiguration {

    @Bean
    @Order(SecurityConfiguration.UI_CHAIN_ORDER)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .httpBasic(basic -> basic.disable())
                .build();
    }
}
