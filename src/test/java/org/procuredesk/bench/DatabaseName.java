package org.procuredesk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The product and version of the database a benchmark ran on, as its figures are recorded under. */
public final class DatabaseName {

    private DatabaseName() {
    }

    public static String of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    public static String of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion();
    }
}
