package org.procuredesk.replenishment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stock replenishment orders over REST, to read: their steps are done through the task list. */
@RestController
@RequestMapping(ApiPaths.REPLENISHMENTS)
@Tag(name = "Replenishments")
class ReplenishmentEndpoints {

    private final Replenishments replenishments;

    ReplenishmentEndpoints(Replenishments replenishments) {
        this.replenishments = replenishments;
    }

    @GetMapping
    @Operation(summary = "Every replenishment order of a consumable for a warehouse, newest first")
    List<ReplenishmentView> list() {
        return replenishments.list();
    }

    @GetMapping("/{number}")
    @Operation(summary = "One replenishment order, by its number")
    ReplenishmentView detail(@PathVariable String number) {
        return replenishments.detail(number);
    }
}
