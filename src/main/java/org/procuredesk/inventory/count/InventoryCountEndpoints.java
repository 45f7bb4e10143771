package org.procuredesk.inventory.count;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inventory counts over REST: read by the IT head, IT support, its head and auditors; ordered by the IT head. */
@RestController
@RequestMapping(ApiPaths.INVENTORY_COUNTS)
@Tag(name = "Inventory counts")
class InventoryCountEndpoints {

    private final InventoryCounts counts;
    private final CountOrders orders;

    InventoryCountEndpoints(InventoryCounts counts, CountOrders orders) {
        this.counts = counts;
        this.orders = orders;
    }

    @GetMapping
    @Operation(summary = "Every inventory count, the latest ordered first")
    List<CountSummary> list() {
        return counts.list();
    }

    @GetMapping("/{number}")
    @Operation(summary = "One count with its lines: the expected assets, what was found besides, the differences and what became of them")
    CountDetail count(@PathVariable String number) {
        return counts.detail(number);
    }

    @PostMapping
    @Operation(summary = "Order a count of a warehouse or branch (locationKind WAREHOUSE or BRANCH, locationId); its expected list is what the register has there now")
    ResponseEntity<CountSummary> order(@Valid @RequestBody CountOrder order) {
        CountSummary ordered = orders.order(order);
        return ResponseEntity.created(URI.create(ApiPaths.INVENTORY_COUNTS + "/" + ordered.number())).body(ordered);
    }
}
