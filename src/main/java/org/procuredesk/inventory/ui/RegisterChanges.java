package org.procuredesk.inventory.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.procuredesk.inventory.AssetExport;
import org.procuredesk.inventory.AssetImport;
import org.procuredesk.inventory.AssetMoves;
import org.procuredesk.system.MessageTexts;

/** What the equipment view does to and with the register besides reading it: moves, CSV out and in. */
@SpringComponent
record RegisterChanges(AssetMoves moves, AssetExport export, AssetImport importer, MessageTexts texts) {
}
