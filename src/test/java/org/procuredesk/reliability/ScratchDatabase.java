package org.procuredesk.reliability;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A MariaDB / MySQL database and user of a test's own, made as the server's administrator ({@code MARIADB_ADMIN_URL},
 * {@code MARIADB_ADMIN_USER}, {@code MARIADB_ADMIN_PASSWORD}; root on 127.0.0.1 without a password by default) and
 * dropped with its user on {@link #close()}. Its queries run as that user; what the server knows of every
 * connection ({@code information_schema.INNODB_TRX}) is read as the administrator.
 */
public final class ScratchDatabase implements AutoCloseable {

    private static final String ADMIN_URL = env("MARIADB_ADMIN_URL", "jdbc:mysql://127.0.0.1:3306/");
    private static final String ADMIN_USER = env("MARIADB_ADMIN_USER", "root");
    private static final String ADMIN_PASSWORD = env("MARIADB_ADMIN_PASSWORD", "");

    private final String name;
    private final String password = UUID.randomUUID().toString();

    private ScratchDatabase(String name) {
        this.name = name;
    }

    /** A new, empty {@code utf8mb4} database {@code <prefix>_<random>} and a user of the same name owning it. */
    public static ScratchDatabase create(String prefix) {
        ScratchDatabase database = new ScratchDatabase(prefix + "_" + HexFormat.of().toHexDigits((int) System.nanoTime()));
        database.asAdministrator("CREATE DATABASE " + database.name
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "CREATE USER '" + database.name + "'@'%' IDENTIFIED BY '" + database.password + "'",
                "GRANT ALL ON " + database.name + ".* TO '" + database.name + "'@'%'");
        return database;
    }

    public String url() {
        return url(host(), port());
    }

    /** The database's JDBC address through another host and port (a proxy in front of the server, say). */
    public String url(String host, int port) {
        int query = ADMIN_URL.indexOf('?');
        return "jdbc:mysql://" + host + ":" + port + "/" + name + (query < 0 ? "" : ADMIN_URL.substring(query));
    }

    public String host() {
        return server().getHost();
    }

    public int port() {
        return server().getPort() < 0 ? 3306 : server().getPort();
    }

    private static URI server() {
        return URI.create(ADMIN_URL.substring("jdbc:".length()));
    }

    public String user() {
        return name;
    }

    public String password() {
        return password;
    }

    /** A connection of the database's own user, committing each statement unless told otherwise. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), name, password);
    }

    /** The number the query counts, e.g. {@code SELECT COUNT(*) FROM purchase_order WHERE request_id = ?}. */
    public long count(String sql, Object... parameters) {
        return Long.parseLong(Objects.requireNonNull(single(sql, parameters), sql));
    }

    /** Asks the query again every quarter of a second until it counts the number expected or the time is up. */
    public long awaitCount(long expected, Duration within, String sql, Object... parameters) {
        Instant deadline = Instant.now().plus(within);
        long counted = count(sql, parameters);
        while (counted < expected && Instant.now().isBefore(deadline)) {
            ApplicationJourney.pause();
            counted = count(sql, parameters);
        }
        return counted;
    }

    /** {@link #count} reading what other transactions wrote and have not committed yet (READ UNCOMMITTED). */
    public long countUncommitted(String sql, Object... parameters) {
        try (Connection connection = connect()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    /** The first column of the query's only (or first) row, as text; null when it has none. */
    public String single(String sql, Object... parameters) {
        List<String> values = column(sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row the query finds, as text. */
    public List<String> column(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return firstColumn(statement);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    /** Runs an insert, update or delete; returns the rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    /** Runs the statements one after the other in one session (so that they share its temporary tables). */
    public void inOneSession(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(String.join("; ", statements), failure);
        }
    }

    /** The statements of this database's transactions that wait for a row lock ({@code trx_state = 'LOCK WAIT'}). */
    public List<String> statementsWaitingForALock() {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
             PreparedStatement statement = prepare(admin, "SELECT t.trx_query FROM information_schema.INNODB_TRX t"
                     + " JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id"
                     + " WHERE t.trx_state = 'LOCK WAIT' AND p.DB = ?", name)) {
            return firstColumn(statement);
        } catch (SQLException failure) {
            throw new IllegalStateException("reading information_schema.INNODB_TRX", failure);
        }
    }

    /** Drops the database and its user. */
    @Override
    public void close() {
        asAdministrator("DROP DATABASE IF EXISTS " + name, "DROP USER IF EXISTS '" + name + "'@'%'");
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static List<String> firstColumn(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private void asAdministrator(String... statements) {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
             Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("as the administrator of " + ADMIN_URL + ": " + String.join("; ", statements),
                    failure);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
