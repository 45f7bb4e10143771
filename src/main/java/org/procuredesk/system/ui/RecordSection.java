package org.procuredesk.system.ui;

import com.vaadin.flow.component.Component;

/**
 * A part one feature adds to the page of another feature's record without the two knowing each other's
 * views: e.g. the approval decisions on the page of an application.
 */
public interface RecordSection {

    /** @param recordType the kind of record, named by the key of its process */
    boolean handles(String recordType);

    Component create(Long recordId);
}
