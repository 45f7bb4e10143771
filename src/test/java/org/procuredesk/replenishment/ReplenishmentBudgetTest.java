package org.procuredesk.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.procuredesk.budget.BudgetCandidate;
import org.procuredesk.budget.BudgetFixture;
import org.procuredesk.budget.BudgetKind;
import org.procuredesk.budget.Budgets;
import org.procuredesk.budget.LineState;
import org.procuredesk.budget.ReviewDecision;
import org.procuredesk.stock.StockDocumentView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A replenishment as budgets see it: urgent ones wait for the weekly budget, the others for the monthly one; the next
 * weekly budget takes an urgent one in and its approval sends it to be ordered; approved, it is ordered and received,
 * and left out, it ends.
 */
class ReplenishmentBudgetTest extends WithReplenishments {

    static final String WEEKLY = "WEEKLY-2026-W12";

    @Autowired
    BudgetFixture budgets;
    @Autowired
    Budgets budgetPages;

    @Test
    void anUrgentReplenishmentWaitsForTheWeeklyBudgetIsOrderedAndItsReceiptRaisesTheStock() {
        String toner = item("Toner Canon 052", 2, 10, 4, "10.00");
        receive(warehouse, toner, 3);
        issueToAna(warehouse, line(toner, 3));
        Replenishment urgent = onlyReplenishmentOf(toner, warehouse);

        assertThat(urgent.isUrgent()).isTrue();
        assertThat(urgent.getQuantity()).isEqualTo(12);
        assertThat(urgent.getState()).isEqualTo(ReplenishmentState.WAITING_FOR_BUDGET);
        assertThat(source.waitingFor(BudgetKind.WEEKLY)).extracting(BudgetCandidate::number)
                .contains(urgent.getNumber());
        assertThat(source.waitingFor(BudgetKind.MONTHLY)).extracting(BudgetCandidate::number)
                .doesNotContain(urgent.getNumber());
        assertThat(source.waitingFor(BudgetKind.WEEKLY)).filteredOn(line -> line.number().equals(urgent.getNumber()))
                .singleElement().satisfies(line -> {
                    assertThat(line.source()).isEqualTo("REPLENISHMENT");
                    assertThat(line.amount()).isEqualByComparingTo("120.00");
                    assertThat(line.subject()).startsWith("12 pcs Toner Canon 052, ");
                });
        assertThat(source.isWaiting(urgent.getNumber())).isTrue();

        source.approvedInBudget(urgent.getNumber());
        as("ion.support", () -> {
            tasks.order(taskOf(urgent.getNumber()).getId(), new ReplenishmentForms.Order("Print Depot SRL",
                    "PD-4711", LocalDate.now().plusDays(3)));
            return null;
        });
        StockDocumentView receipt = as(KEEPER, () -> tasks.receive(taskOf(urgent.getNumber()).getId(),
                new ReplenishmentForms.Receipt(12)));

        Replenishment done = onlyReplenishmentOf(toner, warehouse);
        assertThat(done.getState()).isEqualTo(ReplenishmentState.RECEIVED);
        assertThat(done.getSupplierOrderReference()).isEqualTo("PD-4711");
        assertThat(receipt.number()).isNotBlank();
        assertThat(onHand(toner, warehouse)).isEqualTo(12);
        assertThat(processesOf(done.getNumber())).isZero();
        assertThat(source.isWaiting(done.getNumber())).isFalse();
        assertRefused(() -> source.approvedInBudget(done.getNumber()), "replenishment.notWaitingForBudget");
    }

    @Test
    void anUrgentReplenishmentIsALineOfTheNextWeeklyBudgetWhoseApprovalSendsItToBeOrdered() {
        budgets.clear();
        try {
            budgets.at("2026-03-06T10:00");
            String toner = item("Toner Brother TN-2420", 2, 10, 4, "10.00");
            receive(warehouse, toner, 3);
            issueToAna(warehouse, line(toner, 3));
            Replenishment urgent = onlyReplenishmentOf(toner, warehouse);

            assertThat(budgets.openAt("2026-03-09T01:00")).contains(WEEKLY);
            budgets.submit(WEEKLY);
            budgets.review(WEEKLY, ReviewDecision.APPROVE, Set.of(), "Toner before it runs out");
            budgets.runDueJobs();

            assertThat(as(BudgetFixture.IT_HEAD, () -> budgetPages.detail(WEEKLY)).lines())
                    .filteredOn(line -> line.number().equals(urgent.getNumber())).singleElement().satisfies(line -> {
                        assertThat(line.source()).isEqualTo(ReplenishmentSource.CODE);
                        assertThat(line.amount()).isEqualByComparingTo("120.00");
                        assertThat(line.state()).isEqualTo(LineState.INCLUDED);
                    });
            assertThat(onlyReplenishmentOf(toner, warehouse).getState()).isEqualTo(ReplenishmentState.TO_ORDER);
            assertThat(taskOf(urgent.getNumber()).getTaskDefinitionKey()).isEqualTo("orderReplenishment");
        } finally {
            budgets.clear();
        }
    }

    @Test
    void aPlannedReplenishmentWaitsForTheMonthlyBudgetAndLeftOutOfItEndsAndFreesItsConsumable() {
        String paper = item("Paper A3", 5, 20, 1, "20.00");
        receive(warehouse, paper, 10);
        issueToAna(warehouse, line(paper, 5));
        Replenishment planned = onlyReplenishmentOf(paper, warehouse);

        assertThat(planned.isUrgent()).isFalse();
        assertThat(source.waitingFor(BudgetKind.MONTHLY)).extracting(BudgetCandidate::number)
                .contains(planned.getNumber());
        source.excludedFromBudget(planned.getNumber());

        assertThat(replenishments.findById(planned.getId()).orElseThrow().getState())
                .isEqualTo(ReplenishmentState.NOT_IN_BUDGET);
        assertThat(processesOf(planned.getNumber())).isZero();
        issueToAna(warehouse, line(paper, 1));
        assertThat(replenishmentsOf(paper, warehouse)).hasSize(2)
                .last().satisfies(next -> assertThat(next.getState().isOpen()).isTrue());
    }
}
