package org.procuredesk.stock.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.procuredesk.stock.ConsumableForm;
import org.procuredesk.system.ui.RecordForm;

/** The form of a consumable of the catalogue; its SKU is entered once, when it is added. */
class ConsumableEditor extends RecordForm<ConsumableForm> {

    private final TextField sku;

    ConsumableEditor() {
        super(ConsumableForm.class, "consumableItem");
        sku = bindText(new TextField(), "sku");
        bindText(new TextField(), "name");
        bindText(new TextField(), "unit");
        bindText(new TextField(), "compatibleDevices");
        bindWhole(new IntegerField(), "reorderPoint");
        bindWhole(new IntegerField(), "maxLevel");
        bindWhole(new IntegerField(), "leadTimeDays");
        bindText(new TextField(), "preferredSupplier");
        bindWhole(new IntegerField(), "packSize");
        bind(new BigDecimalField(), "unitPrice");
        bind(new Checkbox(), "active");
        carry("version");
    }

    @Override
    public void edit(Long id, ConsumableForm consumable) {
        super.edit(id, consumable);
        sku.setReadOnly(id != null);
    }
}
