package org.procuredesk.stock.ui;

import java.util.List;
import java.util.stream.Stream;
import org.procuredesk.stock.StockForms;
import org.procuredesk.stock.StockLevel;

/** A consumable held in a warehouse, as forms that take stock out of a warehouse offer it. */
final class LevelChoices {

    private LevelChoices() {
    }

    static String label(StockLevel level) {
        return level.sku() + " " + level.name() + " — " + level.warehouseName();
    }

    /** Only what a warehouse has some of. */
    static List<StockLevel> held(List<StockLevel> levels) {
        return levels.stream().filter(level -> level.onHand() > 0).toList();
    }

    /** The document's one line of the chosen consumable; none when nothing is chosen. */
    static List<StockForms.Line> lines(StockLevel chosen, int quantity) {
        return Stream.ofNullable(chosen).map(level -> new StockForms.Line(level.sku(), quantity)).toList();
    }
}
