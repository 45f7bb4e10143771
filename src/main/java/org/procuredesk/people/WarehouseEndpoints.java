package org.procuredesk.people;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.RecordEndpoints;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Warehouses, for administrators. */
@RestController
@RequestMapping(ApiPaths.WAREHOUSES)
@Tag(name = "Warehouses")
class WarehouseEndpoints extends RecordEndpoints<WarehouseSummary, WarehouseForm> {

    WarehouseEndpoints(WarehouseAdministration warehouses) {
        super(warehouses::warehouses, warehouses::warehouse, warehouses::create, warehouses::update,
                WarehouseSummary::id);
    }
}
