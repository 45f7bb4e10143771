package org.procuredesk.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stock ledger over REST: levels, and the documents that alone change them. */
@RestController
@RequestMapping(ApiPaths.STOCK)
@Tag(name = "Stock")
class StockEndpoints {

    private final StockLedger ledger;
    private final StockLevels levels;

    StockEndpoints(StockLedger ledger, StockLevels levels) {
        this.ledger = ledger;
        this.levels = levels;
    }

    @GetMapping("/levels")
    @Operation(summary = "What each warehouse (or only the one given) holds of each consumable, flagged at or below the reorder point")
    List<StockLevel> levels(@RequestParam(required = false) Long warehouseId) {
        return levels.levels(warehouseId);
    }

    @PostMapping("/receipts")
    @Operation(summary = "Record consumables received at a warehouse (income)")
    ResponseEntity<StockDocumentView> receive(@Valid @RequestBody StockForms.Receipt form) {
        return created(ledger.receive(form));
    }

    @PostMapping("/issues")
    @Operation(summary = "Issue consumables from a warehouse to an employee, a department or a device (expense); refused when stock is short")
    ResponseEntity<StockDocumentView> issue(@Valid @RequestBody StockForms.Issue form) {
        return created(ledger.issue(form));
    }

    @PostMapping("/transfers")
    @Operation(summary = "Move consumables from one warehouse to another")
    ResponseEntity<StockDocumentView> transfer(@Valid @RequestBody StockForms.Transfer form) {
        return created(ledger.transfer(form));
    }

    @PostMapping("/documents/{number}/reversal")
    @Operation(summary = "Undo a document with a reversing document of the opposite effect; a document is reversed once")
    ResponseEntity<StockDocumentView> reverse(@PathVariable String number,
                                              @Valid @RequestBody StockForms.Reversal form) {
        return created(ledger.reverse(number, form));
    }

    @GetMapping("/documents")
    @Operation(summary = "The newest stock documents (at most " + StockLedger.LIST_LIMIT + "), of one kind, between two"
            + " dates (yyyy-MM-dd, inclusive) and touching one warehouse, each part optional")
    List<StockDocumentView> documents(@RequestParam(required = false) StockDocumentKind kind,
                                      @RequestParam(required = false) LocalDate from,
                                      @RequestParam(required = false) LocalDate to,
                                      @RequestParam(required = false) Long warehouseId) {
        return ledger.documents(new StockDocumentFilter(kind, from, to, warehouseId));
    }

    @GetMapping("/documents/{number}")
    @Operation(summary = "One stock document, by its number")
    StockDocumentView document(@PathVariable String number) {
        return ledger.document(number);
    }

    private static ResponseEntity<StockDocumentView> created(StockDocumentView document) {
        return ResponseEntity.created(URI.create(ApiPaths.STOCK + "/documents/" + document.number())).body(document);
    }
}
