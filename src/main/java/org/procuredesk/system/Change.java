package org.procuredesk.system;

/** Bean Validation group of the checks that apply only when a record is changed, e.g. the version it was read at. */
public interface Change {
}
