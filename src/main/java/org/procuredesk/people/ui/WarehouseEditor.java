package org.procuredesk.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.people.WarehouseForm;
import org.procuredesk.system.ui.Choices;
import org.procuredesk.system.ui.RecordForm;

/** The form of a warehouse, which may also move it to another branch. */
class WarehouseEditor extends RecordForm<WarehouseForm> {

    private final ComboBox<Long> branch = new ComboBox<>();

    WarehouseEditor() {
        super(WarehouseForm.class, "warehouse");
        bindText(new TextField(), "code");
        bindText(new TextField(), "name");
        bind(branch, "branchId");
        carry("version");
    }

    void offer(List<BranchSummary> branches) {
        Choices.offer(branch, branches, BranchSummary::id, BranchSummary::name);
    }
}
