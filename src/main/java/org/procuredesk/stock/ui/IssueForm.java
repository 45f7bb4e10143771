package org.procuredesk.stock.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.procuredesk.stock.RecipientKind;
import org.procuredesk.stock.StockForms;
import org.procuredesk.stock.StockLevel;

/** Issues one consumable from one warehouse to an employee, a department or a device; refusals show on the fields. */
class IssueForm extends StockDocumentForm {

    private final ComboBox<StockLevel> item = new ComboBox<>();
    private final ComboBox<RecipientKind> recipientKind = new ComboBox<>();
    private final TextField recipient = new TextField();

    /**
     * @param issue  issues what the form says
     * @param issued runs once it is issued
     */
    IssueForm(Consumer<StockForms.Issue> issue, Runnable issued) {
        super("stock-issue");
        configure(item, "item", "stock.consumableAt");
        item.setItemLabelGenerator(LevelChoices::label);
        configure(recipientKind, "recipient-kind", "stock.recipientKind");
        recipientKind.setItems(RecipientKind.values());
        recipientKind.setItemLabelGenerator(kind -> getTranslation("stock.recipient." + kind.name()));
        recipient.setId("stock-issue-recipient");
        recipient.setLabel(getTranslation("stock.recipientReference"));
        showsErrorsOf(item, "warehouseId", "lines[0].sku", "lines");
        showsErrorsOf(recipientKind, "recipientKind");
        showsErrorsOf(recipient, "recipientReference");
        addWithSave("stock.issue", "stock.issued", () -> issue.accept(form()), issued, item, recipientKind,
                recipient, quantity);
    }

    /** The consumables the warehouses hold, to choose one from. */
    void offer(List<StockLevel> levels) {
        item.setItems(LevelChoices.held(levels));
    }

    private StockForms.Issue form() {
        StockLevel chosen = item.getValue();
        return new StockForms.Issue(chosen == null ? null : chosen.warehouseId(), recipientKind.getValue(),
                recipient.getValue(), LevelChoices.lines(chosen, quantityGiven()), null);
    }
}
