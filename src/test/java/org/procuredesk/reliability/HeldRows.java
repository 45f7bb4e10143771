package org.procuredesk.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Rows a test locks from its own connection ({@code SELECT … FOR UPDATE}) so that the application's transaction
 * that must write them stops there, in the middle of its step, until {@link #close()} lets go (rolls back).
 */
final class HeldRows implements AutoCloseable {

    private final ScratchDatabase database;
    private final Connection connection;

    private HeldRows(ScratchDatabase database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    /** Locks the rows the query selects; at least one must be found. */
    static HeldRows lock(ScratchDatabase database, String selectForUpdate, Object... parameters) throws SQLException {
        Connection connection = database.connect();
        connection.setAutoCommit(false);
        try (PreparedStatement statement = ScratchDatabase.prepare(connection, selectForUpdate, parameters);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("nothing to lock: " + selectForUpdate);
            }
        }
        return new HeldRows(database, connection);
    }

    /** Waits until one of the application's transactions waits for these rows; returns the statement it waits in. */
    String awaitBlockedWriter(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<String> waiting = database.statementsWaitingForALock();
            if (!waiting.isEmpty()) {
                return waiting.get(0);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no transaction waited for the held rows within " + timeout);
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            connection.rollback();
        }
    }
}
