package org.procuredesk.purchasing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.procuredesk.request.ApplicationToItProcess.Exclusion;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The purchasing steps of an application over REST: the same services as their task forms. */
@RestController
@RequestMapping(ApiPaths.TASKS)
@Tag(name = "Purchasing")
class PurchasingTaskEndpoints {

    private final OrderPlacement orderPlacement;
    private final GoodsReception goodsReception;
    private final Handovers handovers;
    private final BudgetExclusions budgetExclusions;

    PurchasingTaskEndpoints(OrderPlacement orderPlacement, GoodsReception goodsReception, Handovers handovers,
                            BudgetExclusions budgetExclusions) {
        this.orderPlacement = orderPlacement;
        this.goodsReception = goodsReception;
        this.handovers = handovers;
        this.budgetExclusions = budgetExclusions;
    }

    @PostMapping("/{taskId}/order")
    @Operation(summary = "Record the order placed for an application: supplier, order number, expected delivery, actual unit prices")
    PurchaseOrderView placeOrder(@PathVariable String taskId, @Valid @RequestBody OrderForm form) {
        return orderPlacement.placeOrder(taskId, form);
    }

    @PostMapping("/{taskId}/receipt")
    @Operation(summary = "Record the goods received for an application: one item per unit, with serial number and warranty")
    DocumentNumber receiveGoods(@PathVariable String taskId, @Valid @RequestBody ReceiptForm form) {
        return new DocumentNumber(goodsReception.receiveGoods(taskId, form));
    }

    @PostMapping("/{taskId}/handover")
    @Operation(summary = "Hand the items over to the requester under a movement document")
    DocumentNumber handOver(@PathVariable String taskId, @Valid @RequestBody(required = false) HandoverForm form) {
        return new DocumentNumber(handovers.handOver(taskId, form == null ? null : form.note()));
    }

    @PostMapping("/{taskId}/receipt-confirmation")
    @Operation(summary = "The requester confirms they received the items")
    ResponseEntity<Void> confirmReceipt(@PathVariable String taskId) {
        handovers.confirmReceipt(taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/exclusion")
    @Operation(summary = "Carry an application its budget left out over to the next budget, or reject it (with a comment)")
    ResponseEntity<Void> decideExclusion(@PathVariable String taskId, @Valid @RequestBody ExclusionForm form) {
        budgetExclusions.decide(taskId, form.exclusion(), form.comment());
        return ResponseEntity.noContent().build();
    }

    /** The number of the document a step wrote. */
    record DocumentNumber(String number) {
    }

    /** What IT support notes on handing over, e.g. that the items were installed. */
    record HandoverForm(@Size(max = 2000, message = "{validation.tooLong}") String note) {
    }

    /** The IT head's answer for an excluded application. */
    record ExclusionForm(@NotNull(message = "{validation.required}") Exclusion exclusion,
                         @Size(max = 2000, message = "{validation.tooLong}") String comment) {
    }
}
