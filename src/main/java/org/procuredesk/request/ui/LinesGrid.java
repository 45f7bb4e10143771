package org.procuredesk.request.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.List;
import org.procuredesk.request.LineForm;
import org.procuredesk.system.Formats;

/** The lines of an application, read only. */
class LinesGrid extends Grid<LineForm> {

    LinesGrid(List<LineForm> lines, Formats formats) {
        setId("application-lines");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(line -> getTranslation(line.category().messageKey())).setHeader(getTranslation("line.categoryName"));
        addColumn(LineForm::description).setHeader(getTranslation("line.description")).setFlexGrow(3);
        addColumn(LineForm::preferredModel).setHeader(getTranslation("line.preferredModel"));
        addColumn(LineForm::quantity).setHeader(getTranslation("line.quantity"));
        addColumn(line -> formats.money(line.estimatedUnitPrice(), getLocale()))
                .setHeader(getTranslation("line.estimatedUnitPrice"));
        addColumn(line -> formats.money(line.estimatedUnitPrice().multiply(BigDecimal.valueOf(line.quantity())),
                getLocale())).setHeader(getTranslation("line.total"));
        setItems(lines);
    }
}
