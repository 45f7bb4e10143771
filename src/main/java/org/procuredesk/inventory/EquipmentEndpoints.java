package org.procuredesk.inventory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The equipment register over REST, for the same roles as the UI: read through {@link EquipmentSearch}, assets
 * moved through {@link AssetMoves}, warranty extensions recorded through {@link AssetRepairs}.
 */
@RestController
@Tag(name = "Equipment register")
class EquipmentEndpoints {

    private final EquipmentSearch search;
    private final AssetMoves moves;
    private final AssetRepairs repairs;

    EquipmentEndpoints(EquipmentSearch search, AssetMoves moves, AssetRepairs repairs) {
        this.search = search;
        this.moves = moves;
        this.repairs = repairs;
    }

    @GetMapping(ApiPaths.ASSETS)
    @Operation(summary = "The assets with this inventory number and serial number, each when given (one must be)")
    List<AssetSummary> find(@RequestParam(required = false) String inventoryNumber,
                            @RequestParam(required = false) String serial) {
        return search.find(inventoryNumber, serial);
    }

    @GetMapping(ApiPaths.ASSETS + "/{inventoryNumber}")
    @Operation(summary = "One asset, by its inventory number")
    AssetSummary asset(@PathVariable String inventoryNumber) {
        return search.asset(inventoryNumber);
    }

    @GetMapping(ApiPaths.ASSETS + "/{inventoryNumber}/history")
    @Operation(summary = "Every movement document that moved the asset, oldest first")
    List<MovementDocumentView> history(@PathVariable String inventoryNumber) {
        return search.history(inventoryNumber);
    }

    @PutMapping(ApiPaths.ASSETS + "/{inventoryNumber}/extended-warranty")
    @Operation(summary = "Record a warranty extension bought for the asset: faults up to and including its last day"
            + " are repaired under warranty")
    AssetSummary extendWarranty(@PathVariable String inventoryNumber, @RequestBody WarrantyExtension extension) {
        return repairs.extendWarranty(inventoryNumber, extension.until());
    }

    @PostMapping(ApiPaths.MOVEMENTS)
    @Operation(summary = "Move assets, all held by one holder, to an employee, warehouse or branch on a new movement document")
    ResponseEntity<MovementDocumentView> move(@RequestBody MoveOrder order) {
        MovementDocumentView document = moves.move(order);
        return ResponseEntity.created(URI.create(ApiPaths.MOVEMENTS + "/" + document.number())).body(document);
    }

    @GetMapping(ApiPaths.MOVEMENTS)
    @Operation(summary = "The newest movement documents (at most " + EquipmentSearch.MOVEMENTS_LIMIT + "), dated between"
            + " two days (yyyy-MM-dd, inclusive), each optional")
    List<MovementDocumentView> movements(@RequestParam(required = false) LocalDate from,
                                         @RequestParam(required = false) LocalDate to) {
        return search.movements(from, to);
    }

    @GetMapping(ApiPaths.MOVEMENTS + "/{number}")
    @Operation(summary = "One movement document, by its number")
    MovementDocumentView movement(@PathVariable String number) {
        return search.movement(number);
    }
}
