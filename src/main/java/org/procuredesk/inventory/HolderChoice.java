package org.procuredesk.inventory;

/** A holder to choose as the receiver of a movement, by its name. */
public record HolderChoice(Holder holder, String name) {
}
