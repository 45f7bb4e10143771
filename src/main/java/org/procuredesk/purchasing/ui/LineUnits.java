package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.procuredesk.request.LineForm;

/** The units of one application line as they are received, one row each; several may take the first one's warranty at once. */
class LineUnits extends VerticalLayout {

    private final List<UnitRow> rows = new ArrayList<>();

    /** @param firstItem the place of the line's first unit among all the items received */
    LineUnits(int lineNo, LineForm line, int firstItem) {
        setPadding(false);
        setSpacing(false);
        add(new H4(getTranslation("purchase.receipt.line", String.valueOf(lineNo + 1), line.description(),
                String.valueOf(line.quantity()))));
        boolean consumable = line.category().isConsumable();
        if (consumable) {
            add(new Span(getTranslation("purchase.receipt.consumable")));
        }
        for (int unit = 0; unit < line.quantity(); unit++) {
            rows.add(new UnitRow(firstItem + unit, lineNo, unit + 1, consumable));
        }
        rows.forEach(this::add);
        if (rows.size() > 1) {
            Button sameWarranty = new Button(getTranslation("purchase.receipt.sameWarranty"),
                    click -> rows.forEach(row -> row.warranty(rows.get(0).warranty())));
            sameWarranty.setId("receipt-line-" + lineNo + "-sameWarranty");
            sameWarranty.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            rows.get(0).add(sameWarranty);
        }
    }

    List<UnitRow> rows() {
        return rows;
    }
}
