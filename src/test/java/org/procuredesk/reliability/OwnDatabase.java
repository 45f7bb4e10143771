package org.procuredesk.reliability;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A MariaDB / MySQL database of a test's own on the suite's server (MYSQL_URL), made as the server's root
 * (MYSQL_ROOT_USER, MYSQL_ROOT_PASSWORD; root without a password unless told) and dropped when the test ends,
 * for a test that starts an application of its own.
 */
public final class OwnDatabase implements AutoCloseable {

    private final URI server;
    private final String name;

    private OwnDatabase(URI server, String name) throws SQLException {
        this.server = server;
        this.name = name;
        run("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public static OwnDatabase create(String purpose) throws SQLException {
        String suiteUrl = System.getenv().getOrDefault("MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/procuredesk");
        return new OwnDatabase(URI.create(suiteUrl.substring("jdbc:".length())),
                "pd_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8));
    }

    public String host() {
        return server.getHost();
    }

    public int port() {
        return server.getPort() < 0 ? 3306 : server.getPort();
    }

    /** The database's JDBC address through {@code host} and {@code port}, as the suite's URL names it otherwise. */
    public String url(String host, int port) {
        return "jdbc:mysql://" + host + ":" + port + "/" + name;
    }

    public String username() {
        return System.getenv().getOrDefault("MYSQL_ROOT_USER", "root");
    }

    public String password() {
        return System.getenv().getOrDefault("MYSQL_ROOT_PASSWORD", "");
    }

    @Override
    public void close() throws SQLException {
        run("DROP DATABASE IF EXISTS " + name);
    }

    private void run(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + host() + ":" + port() + "/", username(),
                password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
