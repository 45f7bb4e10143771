package org.procuredesk.system;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A stored record whose version counts its changes, so that a change to an outdated copy can be refused. */
public interface Versioned {

    Long getId();

    long getVersion();

    /**
     * Refuses a change made to the record as it was at another version than the stored one: someone else
     * changed it meanwhile, and saving would silently undo their change.
     */
    default void requireVersion(Long readVersion) {
        if (!Long.valueOf(getVersion()).equals(readVersion)) {
            throw new ObjectOptimisticLockingFailureException(getClass(), getId());
        }
    }
}
