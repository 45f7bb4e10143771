package org.procuredesk.budget;

/** An application a budget holds: one not yet approved, or approved and still to tell the application. */
record Holding(Long requestId, String period) {
}
