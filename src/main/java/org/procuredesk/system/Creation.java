package org.procuredesk.system;

/** Bean Validation group of the checks that apply only when a record is created, e.g. a first password. */
public interface Creation {
}
