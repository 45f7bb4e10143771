package org.procuredesk.repair;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.procuredesk.tasklist.CaseSummaries;
import org.procuredesk.tasklist.CaseSummary;
import org.springframework.stereotype.Component;

/** What a repair task is about in the task list: who reported the fault, what it may cost, and the asset's fault. */
@Component
class RepairCaseSummaries implements CaseSummaries {

    static final int SYMPTOMS_SHOWN = 80;

    private final RepairCaseRepository repairs;

    RepairCaseSummaries(RepairCaseRepository repairs) {
        this.repairs = repairs;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return RepairProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public CaseSummary summarize(VariableScope processInstance) {
        Object repairId = processInstance.getVariable(RepairProcess.VAR_REPAIR_ID);
        return repairId == null ? CaseSummary.NONE : repairs.findById(((Number) repairId).longValue())
                .map(repair -> new CaseSummary(repair.getReportedBy(), repair.getEstimatedCost(),
                        repair.getInventoryNumber() + " — " + shortened(repair.getSymptoms()), null, null))
                .orElse(CaseSummary.NONE);
    }

    private static String shortened(String symptoms) {
        String oneLine = symptoms.replaceAll("\\s+", " ");
        return oneLine.length() <= SYMPTOMS_SHOWN ? oneLine : oneLine.substring(0, SYMPTOMS_SHOWN - 1) + "…";
    }
}
