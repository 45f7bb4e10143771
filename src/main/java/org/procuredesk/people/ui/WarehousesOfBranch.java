package org.procuredesk.people.ui;

import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.people.WarehouseAdministration;
import org.procuredesk.people.WarehouseForm;
import org.procuredesk.people.WarehouseSummary;
import org.procuredesk.system.ui.RecordsPanel;

/** The warehouses of one branch, with the form that adds and changes them; hidden while no branch is chosen. */
class WarehousesOfBranch extends RecordsPanel<WarehouseSummary, WarehouseForm> {

    private final H3 heading = new H3();
    private final WarehouseEditor form;
    private final WarehouseAdministration warehouses;
    private BranchSummary branch;

    WarehousesOfBranch(WarehouseAdministration warehouses) {
        this(new WarehouseEditor(), warehouses);
    }

    private WarehousesOfBranch(WarehouseEditor form, WarehouseAdministration warehouses) {
        super(form, "warehouse");
        this.form = form;
        this.warehouses = warehouses;
        grid.setId("warehouses-grid");
        grid.addColumn(WarehouseSummary::code).setHeader(getTranslation("warehouse.code"));
        grid.addColumn(WarehouseSummary::name).setHeader(getTranslation("warehouse.name"));
        addComponentAsFirst(heading);
        setVisible(false);
    }

    /** Shows the warehouses of the branch, or hides them when none is chosen; a form left open closes. */
    void show(BranchSummary chosen, List<BranchSummary> branches) {
        closeEditor();
        branch = chosen;
        setVisible(chosen != null);
        if (chosen != null) {
            heading.setText(getTranslation("warehouse.ofBranch", chosen.name()));
            form.offer(branches);
            updateList();
        }
    }

    @Override
    protected List<WarehouseSummary> records() {
        return warehouses.warehouses().stream().filter(warehouse -> warehouse.branchId().equals(branch.id())).toList();
    }

    @Override
    protected Long idOf(WarehouseSummary warehouse) {
        return warehouse.id();
    }

    @Override
    protected WarehouseForm formOf(WarehouseSummary warehouse) {
        return WarehouseForm.of(warehouse);
    }

    @Override
    protected WarehouseForm blank() {
        return WarehouseForm.at(branch.id());
    }

    @Override
    protected void store(Long id, WarehouseForm warehouse) {
        if (id == null) {
            warehouses.create(warehouse);
        } else {
            warehouses.update(id, warehouse);
        }
    }
}
