package org.procuredesk.stock.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.procuredesk.people.WarehouseSummary;
import org.procuredesk.stock.StockForms;
import org.procuredesk.stock.StockLevel;
import org.procuredesk.system.ui.Choices;

/** Moves one consumable from the warehouse that holds it to another; refusals show on the fields. */
class TransferForm extends StockDocumentForm {

    private final ComboBox<StockLevel> item = new ComboBox<>();
    private final ComboBox<Long> to = new ComboBox<>();
    private final TextField reason = new TextField();

    /**
     * @param transfer    records the transfer the form says
     * @param transferred runs once it is recorded
     */
    TransferForm(List<WarehouseSummary> warehouses, Consumer<StockForms.Transfer> transfer, Runnable transferred) {
        super("stock-transfer");
        configure(item, "item", "stock.consumableAt");
        item.setItemLabelGenerator(LevelChoices::label);
        configure(to, "to", "stockDocument.toWarehouse");
        Choices.offer(to, warehouses, WarehouseSummary::id, WarehouseSummary::name);
        reason.setId("stock-transfer-reason");
        reason.setLabel(getTranslation("stockDocument.reason"));
        reason.setMaxLength(500);
        showsErrorsOf(item, "fromWarehouseId", "lines[0].sku", "lines");
        showsErrorsOf(to, "toWarehouseId");
        showsErrorsOf(reason, "reason");
        addWithSave("stock.transfer", "stock.transferred", () -> transfer.accept(form()), transferred, item, to,
                quantity, reason);
    }

    /** The consumables the warehouses hold, to choose one from. */
    void offer(List<StockLevel> levels) {
        item.setItems(LevelChoices.held(levels));
    }

    private StockForms.Transfer form() {
        StockLevel chosen = item.getValue();
        return new StockForms.Transfer(chosen == null ? null : chosen.warehouseId(), to.getValue(),
                LevelChoices.lines(chosen, quantityGiven()), reason.getValue());
    }
}
