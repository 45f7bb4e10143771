package org.procuredesk.budget;

/** What a budget line stands for: its source's code and its id there; no two budgets hold the same at once. */
record SourceReference(String source, Long referenceId) {
}
