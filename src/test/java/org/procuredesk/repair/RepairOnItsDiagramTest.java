package org.procuredesk.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.procuredesk.audit.AuditViews;
import org.procuredesk.audit.CaseAudit;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.request.EquipmentCategory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A repair worked from report to return, as an auditor sees it: on its diagram exactly the elements the engine
 * recorded, each user task by whoever the engine says completed it, and on its trail the repair's own journal.
 */
class RepairOnItsDiagramTest extends AtARepairDesk {

    static final String AUDITOR = "irina.auditor";

    @Autowired
    CaseAudit audit;
    @Autowired
    HistoryService historyService;

    @Test
    void aClosedRepairShowsWhatTheEngineRecordedAndWhatItsJournalSays() {
        AssetSummary laptop = inUseAtTheBranch(EquipmentCategory.LAPTOP);
        spare(EquipmentCategory.LAPTOP);
        RepairView repair = report(SUPPORT, laptop.inventoryNumber());
        dispatch(repair);
        serviceResult(repair, new RepairForms.ServiceResult(VendorOutcome.REPAIRED, "Motherboard replaced", null,
                null));
        giveBack(repair);
        String instance = repairs.findById(repair.id()).orElseThrow().getProcessInstanceId();

        AuditViews.CaseDiagram diagram = as(AUDITOR, () -> audit.diagram(repair.number())).orElseThrow();
        List<AuditViews.TrailEntry> trail = as(AUDITOR, () -> audit.trail(repair.number()));

        Map<String, Long> recorded = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .list().stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, Collectors.counting()));
        assertThat(diagram.elements().stream().collect(Collectors.toMap(AuditViews.ElementStats::elementId,
                stats -> (long) stats.executions()))).isEqualTo(recorded);
        assertThat(diagram.processKey()).isEqualTo(RepairProcess.KEY);
        assertThat(diagram.ended()).isTrue();
        assertThat(diagram.current()).isEmpty();
        assertThat(diagram.passedFlows()).isNotEmpty();
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(instance).list();
        assertThat(tasks).isNotEmpty().allSatisfy(task -> assertThat(as(AUDITOR,
                () -> audit.executions(repair.number(), task.getTaskDefinitionKey())))
                .extracting(AuditViews.ElementExecution::who).contains(task.getAssignee()));
        assertThat(trail).filteredOn(entry -> entry.kind() == AuditViews.TrailKind.RECORD
                        || entry.kind() == AuditViews.TrailKind.DOCUMENT)
                .extracting(AuditViews.TrailEntry::what)
                .containsSubsequence("REPORTED", "DISPATCHED", "GIVEN_BACK", "CLOSED");
        assertThat(trail).filteredOn(entry -> entry.kind() == AuditViews.TrailKind.DOCUMENT)
                .extracting(AuditViews.TrailEntry::what).containsExactly("DISPATCHED");
        assertThat(trail).filteredOn(entry -> entry.what().equals("REPORTED")).singleElement()
                .extracting(AuditViews.TrailEntry::who).isEqualTo(SUPPORT);
        assertThat(trail).extracting(AuditViews.TrailEntry::kind).contains(AuditViews.TrailKind.STARTED)
                .endsWith(AuditViews.TrailKind.ENDED);
        assertThat(trail).extracting(AuditViews.TrailEntry::at).isSorted();
    }
}
