package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.system.Formats;

/** The columns every list of assets shows, in the reader's language. */
final class AssetColumns {

    private AssetColumns() {
    }

    /** @param withHolder whether to name who holds each asset; a list of one holder's assets need not */
    static void addTo(Grid<AssetSummary> grid, Formats formats, Locale locale, boolean withHolder) {
        grid.addColumn(AssetSummary::inventoryNumber).setHeader(grid.getTranslation("asset.inventoryNumber"))
                .setAutoWidth(true);
        grid.addColumn(AssetSummary::serialNumber).setHeader(grid.getTranslation("asset.serialNumber"))
                .setAutoWidth(true);
        grid.addColumn(asset -> grid.getTranslation(asset.category().messageKey()))
                .setHeader(grid.getTranslation("asset.category"));
        grid.addColumn(AssetSummary::model).setHeader(grid.getTranslation("asset.model"));
        grid.addColumn(asset -> grid.getTranslation(asset.status().messageKey()))
                .setHeader(grid.getTranslation("asset.status"));
        if (withHolder) {
            grid.addColumn(AssetSummary::holderName).setHeader(grid.getTranslation("asset.holder"));
        }
        grid.addColumn(asset -> asset.warrantyUntil() == null ? "" : formats.date(asset.warrantyUntil(), locale))
                .setHeader(grid.getTranslation("asset.warrantyUntil"));
    }
}
