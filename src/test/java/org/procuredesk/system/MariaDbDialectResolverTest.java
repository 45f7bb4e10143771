package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;

class MariaDbDialectResolverTest {

    private final MariaDbDialectResolver resolver = new MariaDbDialectResolver();

    @Test
    void shouldResolveMariaDb10ReachedThroughConnectorJ() {
        Dialect dialect = resolver.resolveDialect(server("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1", 5, 5));

        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().isSame(10, 11, 19)).isTrue();
    }

    @Test
    void shouldResolveMariaDb11WithoutTheMySqlPrefix() {
        Dialect dialect = resolver.resolveDialect(server("MySQL", "11.4.2-MariaDB-ubu2404", 11, 4));

        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().isSame(11, 4, 2)).isTrue();
    }

    @Test
    void shouldLeaveMySqlToHibernate() {
        assertThat(resolver.resolveDialect(server("MySQL", "8.4.3", 8, 4))).isNull();
        assertThat(resolver.resolveDialect(server("H2", "2.3.232 (2024-08-11)", 2, 3))).isNull();
    }

    private static DialectResolutionInfo server(String name, String version, int major, int minor) {
        return new DialectResolutionInfo() {
            @Override public String getDatabaseName() { return name; }
            @Override public String getDatabaseVersion() { return version; }
            @Override public int getDatabaseMajorVersion() { return major; }
            @Override public int getDatabaseMinorVersion() { return minor; }
            @Override public String getDriverName() { return "MySQL Connector/J"; }
            @Override public int getDriverMajorVersion() { return 9; }
            @Override public int getDriverMinorVersion() { return 4; }
            @Override public String getSQLKeywords() { return ""; }
        };
    }
}
