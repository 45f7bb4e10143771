package org.procuredesk.people.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.procuredesk.people.BranchAdministration;
import org.procuredesk.people.BranchForm;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.people.WarehouseAdministration;
import org.procuredesk.system.ui.RecordsPanel;

/** The administrator's list of branches with their form, and below it the warehouses of the chosen branch. */
@Route("admin/branches")
@Menu(title = "nav.admin.branches", order = 92, icon = "vaadin:building")
@RolesAllowed("ADMIN")
public class BranchesView extends RecordsPanel<BranchSummary, BranchForm> implements HasDynamicTitle {

    private final BranchAdministration branches;
    private final WarehousesOfBranch warehouses;

    public BranchesView(BranchAdministration branches, WarehouseAdministration warehouses) {
        super(new BranchEditor(), "branch");
        this.branches = branches;
        this.warehouses = new WarehousesOfBranch(warehouses);
        configureGrid();
        add(this.warehouses);
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.branches");
    }

    private void configureGrid() {
        grid.setId("branches-grid");
        grid.addColumn(BranchSummary::code).setHeader(getTranslation("branch.code"));
        grid.addColumn(BranchSummary::name).setHeader(getTranslation("branch.name"));
        grid.addColumn(BranchSummary::city).setHeader(getTranslation("branch.city"));
    }

    @Override
    protected void edit(BranchSummary branch) {
        super.edit(branch);
        warehouses.show(branch, branches.branches());
    }

    @Override
    protected List<BranchSummary> records() {
        return branches.branches();
    }

    @Override
    protected Long idOf(BranchSummary branch) {
        return branch.id();
    }

    @Override
    protected BranchForm formOf(BranchSummary branch) {
        return BranchForm.of(branch);
    }

    @Override
    protected BranchForm blank() {
        return BranchForm.blank();
    }

    @Override
    protected void store(Long id, BranchForm branch) {
        if (id == null) {
            branches.create(branch);
        } else {
            branches.update(id, branch);
        }
    }
}
