package org.procuredesk.people;

import static org.procuredesk.people.UniqueValue.WAREHOUSE_CODE;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import org.procuredesk.system.Change;
import org.procuredesk.system.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The administrator's work on the IT warehouses of the branches. */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class WarehouseAdministration {

    private final WarehouseRepository warehouses;
    private final References references;

    WarehouseAdministration(WarehouseRepository warehouses, References references) {
        this.warehouses = warehouses;
        this.references = references;
    }

    /** Every warehouse, by name. */
    @Transactional(readOnly = true)
    public List<WarehouseSummary> warehouses() {
        return warehouses.findAllByName().stream().map(WarehouseSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public WarehouseSummary warehouse(Long id) {
        return WarehouseSummary.of(existing(id));
    }

    public WarehouseSummary create(@Valid WarehouseForm form) {
        refuseTakenCode(form, null);
        Warehouse warehouse = new Warehouse(form.code(), form.name(), references.branch(form.branchId()));
        return WarehouseSummary.of(WAREHOUSE_CODE.store(warehouses, warehouse, form.code()));
    }

    /** Changes the warehouse, unless someone else changed it since the version the form was made to. */
    @Validated({Default.class, Change.class})
    public WarehouseSummary update(Long id, @Valid WarehouseForm form) {
        Warehouse warehouse = existing(id);
        warehouse.requireVersion(form.version());
        refuseTakenCode(form, id);
        warehouse.update(form.code(), form.name(), references.branch(form.branchId()));
        return WarehouseSummary.of(WAREHOUSE_CODE.store(warehouses, warehouse, form.code()));
    }

    private void refuseTakenCode(WarehouseForm form, Long ownId) {
        WAREHOUSE_CODE.refuseTaken(warehouses.findByCode(form.code()), ownId, form.code());
    }

    private Warehouse existing(Long id) {
        return warehouses.findById(id).orElseThrow(() -> new DomainException("warehouse.notFound", String.valueOf(id)));
    }
}
