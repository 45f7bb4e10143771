package org.procuredesk.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;

/** What a grid shows: its rows, and the text of a row's cell in a column of text. */
final class Cells {

    private Cells() {
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> rows(Grid<?> grid) {
        return ((Grid<T>) grid).getDataProvider().fetch(new Query<>()).toList();
    }

    /** The text the column sends the browser for the row, as the grid's data generator writes it. */
    static <T> String text(Grid<T> grid, String columnKey, T row) {
        JsonObject data = Json.createObject();
        grid.getColumnByKey(columnKey).getRenderer().render(new Element("div"), null).getDataGenerator()
                .orElseThrow().generateData(row, data);
        return data.getString(data.keys()[0]);
    }
}
