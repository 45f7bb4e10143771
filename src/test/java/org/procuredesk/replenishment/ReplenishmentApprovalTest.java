package org.procuredesk.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** An order worth more than the configured limit (1000.00) waits for the IT head, who approves it or says why not. */
class ReplenishmentApprovalTest extends WithReplenishments {

    @Test
    void theItHeadApprovesAnOrderAboveTheLimitAndItWaitsForItsBudget() {
        Replenishment costly = costlyReplenishment();
        Task approval = taskOf(costly.getNumber());

        assertThat(costly.getState()).isEqualTo(ReplenishmentState.AWAITING_APPROVAL);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo(ReplenishmentProcess.APPROVE);
        assertThat(source.isWaiting(costly.getNumber())).isFalse();
        as("victor.ithead", () -> {
            tasks.decide(approval.getId(), new ReplenishmentForms.Decision(true, null));
            return null;
        });

        assertThat(replenishments.findById(costly.getId()).orElseThrow().getState())
                .isEqualTo(ReplenishmentState.WAITING_FOR_BUDGET);
        assertThat(source.isWaiting(costly.getNumber())).isTrue();
    }

    @Test
    void theItHeadRejectsAnOrderOnlySayingWhyAndTheRejectionFreesTheConsumable() {
        Replenishment costly = costlyReplenishment();
        String approval = taskOf(costly.getNumber()).getId();

        assertRefused(() -> as("victor.ithead", () -> {
            tasks.decide(approval, new ReplenishmentForms.Decision(false, "  "));
            return null;
        }), "replenishment.rejectionNeedsComment");
        assertThat(taskOf(costly.getNumber())).isNotNull();
        as("victor.ithead", () -> {
            tasks.decide(approval, new ReplenishmentForms.Decision(false, "Enough toner ordered centrally"));
            return null;
        });

        Replenishment rejected = replenishments.findById(costly.getId()).orElseThrow();
        assertThat(rejected.getState()).isEqualTo(ReplenishmentState.REJECTED);
        assertThat(processesOf(costly.getNumber())).isZero();
        assertThat(replenishments.existsByOpenKey(Replenishment.openKey(rejected.getItemId(), warehouse))).isFalse();
    }

    /** Fifteen toners at 250.00: 3750.00. */
    private Replenishment costlyReplenishment() {
        String toner = item("Toner HP 26X", 5, 20, 1, "250.00");
        receive(warehouse, toner, 5);
        issueToAna(warehouse, line(toner, 1));
        return onlyReplenishmentOf(toner, warehouse);
    }
}
