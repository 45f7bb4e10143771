package org.procuredesk.budget.ui;

import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.procuredesk.budget.BudgetExport;

/** A link that downloads a budget's lines as CSV, written when it is clicked. */
final class CsvLink {

    private CsvLink() {
    }

    static Anchor of(String period, Supplier<String> csv) {
        Anchor link = org.procuredesk.system.ui.CsvLink.of("budget-csv", "", BudgetExport.fileName(period),
                () -> csv.get().getBytes(StandardCharsets.UTF_8));
        link.setText(link.getTranslation("budget.csv"));
        return link;
    }
}
