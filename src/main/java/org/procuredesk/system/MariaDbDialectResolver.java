package org.procuredesk.system;

import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Gives Hibernate its MariaDB dialect when MariaDB is reached through MySQL Connector/J (the
 * {@code mysql} profile names it in {@code hibernate.dialect_resolvers}). Connector/J reports MariaDB
 * as "MySQL", and MariaDB 10 reports its version as {@code 5.5.5-10.11.19-MariaDB}, so Hibernate's
 * own resolution would pick its MySQL dialect for an unsupported MySQL 5.5. For MySQL itself this
 * resolver answers nothing and Hibernate resolves as usual.
 */
public class MariaDbDialectResolver implements DialectResolver {

    /** The MariaDB version, after the "5.5.5-" that MariaDB 10 puts before it for MySQL clients. */
    private static final Pattern MARIADB_VERSION = Pattern.compile("^(?:5\\.5\\.5-)?((\\d+)\\.(\\d+)\\.(\\d+).*-MariaDB.*)$");

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (!"MySQL".equals(info.getDatabaseName()) || version == null) {
            return null;
        }
        Matcher mariaDb = MARIADB_VERSION.matcher(version);
        return mariaDb.matches() ? new MariaDBDialect(new MariaDbVersion(info, mariaDb)) : null;
    }

    /** The server's resolution info with the MariaDB version in place of MySQL's "5.5.5". */
    private static final class MariaDbVersion implements DialectResolutionInfo {

        private final DialectResolutionInfo server;
        private final String version;
        private final int major;
        private final int minor;
        private final int micro;

        MariaDbVersion(DialectResolutionInfo server, Matcher version) {
            this.server = server;
            this.version = version.group(1);
            this.major = Integer.parseInt(version.group(2));
            this.minor = Integer.parseInt(version.group(3));
            this.micro = Integer.parseInt(version.group(4));
        }

        @Override
        public String getDatabaseName() {
            return "MariaDB";
        }

        @Override
        public String getDatabaseVersion() {
            return version;
        }

        @Override
        public int getDatabaseMajorVersion() {
            return major;
        }

        @Override
        public int getDatabaseMinorVersion() {
            return minor;
        }

        @Override
        public int getDatabaseMicroVersion() {
            return micro;
        }

        @Override
        public String getDriverName() {
            return server.getDriverName();
        }

        @Override
        public int getDriverMajorVersion() {
            return server.getDriverMajorVersion();
        }

        @Override
        public int getDriverMinorVersion() {
            return server.getDriverMinorVersion();
        }

        @Override
        public String getSQLKeywords() {
            return server.getSQLKeywords();
        }

        @Override
        public DatabaseMetaData getDatabaseMetadata() {
            return server.getDatabaseMetadata();
        }

        @Override
        public Map<String, Object> getConfigurationValues() {
            return server.getConfigurationValues();
        }
    }
}
