package org.procuredesk.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/**
 * Tells a failure caused by the database being out of reach (no connection could be made, the connection lost)
 * from any other, however deep the pool, the driver, Hibernate, the engine or Spring wrapped it: the request then
 * ends as "try again in a minute" rather than as an incident. A pool that only ran out of time waiting for a busy
 * connection, with none failing to be made, is not the database out of reach.
 */
public final class DatabaseUnreachable {

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseUnreachable() {
    }

    public static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }
}
