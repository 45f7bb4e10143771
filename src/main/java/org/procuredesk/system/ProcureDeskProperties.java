package org.procuredesk.system;

import java.time.ZoneId;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Company-wide settings: the currency amounts are kept in, the time zone deadlines are
 * computed in, whether demo people are seeded, and the first administrator.
 */
@ConfigurationProperties("procuredesk")
public record ProcureDeskProperties(
        @DefaultValue("RON") Currency currency,
        @DefaultValue("Europe/Bucharest") ZoneId timeZone,
        @DefaultValue DemoData demoData,
        @DefaultValue FirstAdministrator admin) {

    /** Demo people, one per role, for trying the application out. */
    public record DemoData(@DefaultValue("false") boolean enabled, @DefaultValue("procuredesk") String password) {
    }

    /** The administrator created on first start when no administrator exists yet. */
    public record FirstAdministrator(String username, String password, @DefaultValue("Administrator") String fullName,
                                     String email) {

        public boolean isConfigured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
