package org.procuredesk.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Lends the pool's connections, telling a database out of reach from a pool that is only busy: the pool gives up
 * after its own short wait ({@code spring.datasource.hikari.connection-timeout}), so that a request finds out within
 * seconds that no connection can be made; while a pool merely busy with other requests (a burst of a hundred at
 * once) is waited on again, as long as {@link #PATIENCE} in all.
 */
final class BusyPoolWait extends DelegatingDataSource {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    BusyPoolWait(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                return obtainTargetDataSource().getConnection();
            } catch (SQLTransientConnectionException timedOut) {
                if (DatabaseUnreachable.caused(timedOut) || !Instant.now().isBefore(giveUp)) {
                    throw timedOut;
                }
            }
        }
    }
}
