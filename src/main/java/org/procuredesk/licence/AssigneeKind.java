package org.procuredesk.licence;

/** Who or what uses a licence's seat: a person, by user name, or an asset, by inventory number. */
public enum AssigneeKind {
    PERSON,
    ASSET
}
