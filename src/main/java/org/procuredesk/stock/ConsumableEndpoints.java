package org.procuredesk.stock;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The consumables catalogue over REST, for the same roles as {@link ConsumableCatalogue}. */
@RestController
@RequestMapping(ApiPaths.CONSUMABLES)
@Tag(name = "Consumables")
class ConsumableEndpoints {

    private final ConsumableCatalogue catalogue;

    ConsumableEndpoints(ConsumableCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Every consumable in the catalogue, by SKU")
    List<ConsumableSummary> list() {
        return catalogue.list();
    }

    @GetMapping("/{sku}")
    @Operation(summary = "One consumable, by its SKU: where a new one's Location points")
    ConsumableSummary one(@PathVariable String sku) {
        return catalogue.one(sku);
    }

    @PostMapping
    @Operation(summary = "Add a consumable to the catalogue under a SKU of its own")
    ResponseEntity<ConsumableSummary> create(@Valid @RequestBody ConsumableForm form) {
        ConsumableSummary created = catalogue.create(form);
        return ResponseEntity.created(URI.create(ApiPaths.CONSUMABLES + "/" + created.sku())).body(created);
    }

    @PutMapping("/{sku}")
    @Operation(summary = "Change a consumable: everything but its SKU, which the body repeats")
    ConsumableSummary change(@PathVariable String sku, @Valid @RequestBody ConsumableForm form) {
        return catalogue.change(sku, form);
    }
}
