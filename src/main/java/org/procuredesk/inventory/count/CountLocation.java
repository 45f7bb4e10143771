package org.procuredesk.inventory.count;

import org.procuredesk.inventory.HolderKind;

/** A place a count may be ordered for: a warehouse or a branch, by id, with its name. */
public record CountLocation(HolderKind kind, long id, String name) {
}
