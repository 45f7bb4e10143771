package org.procuredesk.stock.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.procuredesk.people.WarehouseSummary;
import org.procuredesk.stock.ConsumableSummary;
import org.procuredesk.stock.StockForms;
import org.procuredesk.system.ui.Choices;

/** Records consumables of the catalogue received at a warehouse; refusals show on the fields. */
class ReceiptForm extends StockDocumentForm {

    private final ComboBox<Long> warehouse = new ComboBox<>();
    private final ComboBox<ConsumableSummary> item = new ComboBox<>();
    private final TextField reason = new TextField();

    /**
     * @param receive  records the receipt the form says
     * @param received runs once it is recorded
     */
    ReceiptForm(List<WarehouseSummary> warehouses, List<ConsumableSummary> catalogue,
                Consumer<StockForms.Receipt> receive, Runnable received) {
        super("stock-receipt");
        configure(warehouse, "warehouse", "stock.warehouse");
        Choices.offer(warehouse, warehouses, WarehouseSummary::id, WarehouseSummary::name);
        configure(item, "item", "stock.consumable");
        item.setItems(catalogue.stream().filter(ConsumableSummary::active).toList());
        item.setItemLabelGenerator(consumable -> consumable.sku() + " " + consumable.name());
        reason.setId("stock-receipt-reason");
        reason.setLabel(getTranslation("stockDocument.reason"));
        reason.setMaxLength(500);
        showsErrorsOf(warehouse, "warehouseId");
        showsErrorsOf(item, "lines[0].sku", "lines");
        showsErrorsOf(reason, "reason");
        addWithSave("stock.receive", "stock.received", () -> receive.accept(form()), received, warehouse, item,
                quantity, reason);
    }

    private StockForms.Receipt form() {
        List<StockForms.Line> lines = item.getValue() == null ? List.of()
                : List.of(new StockForms.Line(item.getValue().sku(), quantityGiven()));
        return new StockForms.Receipt(warehouse.getValue(), lines, reason.getValue());
    }
}
