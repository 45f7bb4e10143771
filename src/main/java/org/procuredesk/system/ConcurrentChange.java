package org.procuredesk.system;

import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Tells a failure caused by someone changing the same rows at the same moment from any other: the engine's
 * optimistic lock, and the database giving up on a lock (deadlock, lock wait timeout) however deep the engine or
 * Spring wrapped it. The caller then looks at what the winner left and says so, rather than showing an error.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
                    || cause instanceof SQLTransactionRollbackException || cause instanceof SQLTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
