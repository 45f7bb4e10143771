package org.procuredesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.tasklist.CaseSummary;

/** What the task list says a repair task is about: who reported what fault on which asset, and what it may cost. */
class RepairCaseSummariesTest {

    static final AssetSummary LAPTOP = new AssetSummary(1, "INV-2026-000001", "PF-123", EquipmentCategory.LAPTOP,
            "ThinkPad T14", "Laptop", AssetStatus.IN_USE, Holder.employee("ana.requester"), "Ana Popescu",
            LocalDate.of(2026, 1, 31), null, null, null, LocalDate.of(2024, 1, 31), "Compudava", null);

    private final RepairCaseRepository repairs = mock(RepairCaseRepository.class);
    private final VariableScope process = mock(VariableScope.class);
    private final RepairCaseSummaries summaries = new RepairCaseSummaries(repairs);

    @Test
    void namesTheReporterTheEstimatedCostAndTheAssetWithItsFaultShortened() {
        RepairCase repair = new RepairCase("RPR-2026-000001", LAPTOP, "The screen flickers " + "and then ".repeat(20)
                + "goes dark", RepairUrgency.HIGH, "ion.support", Instant.parse("2026-11-20T08:00:00Z"), 5);
        repair.decided(OutOfWarrantyDecision.PAID_REPAIR, new BigDecimal("350.00"), null);
        when(process.getVariable(RepairProcess.VAR_REPAIR_ID)).thenReturn(7L);
        when(repairs.findById(7L)).thenReturn(Optional.of(repair));

        CaseSummary summary = summaries.summarize(process);

        assertThat(summary.requester()).isEqualTo("ion.support");
        assertThat(summary.amount()).isEqualByComparingTo("350.00");
        assertThat(summary.subject()).startsWith("INV-2026-000001 — The screen flickers and then").endsWith("…")
                .hasSize("INV-2026-000001 — ".length() + RepairCaseSummaries.SYMPTOMS_SHOWN);
    }

    @Test
    void aProcessWithoutItsCaseIsAboutNothing() {
        assertThat(summaries.summarize(process)).isEqualTo(CaseSummary.NONE);
    }
}
