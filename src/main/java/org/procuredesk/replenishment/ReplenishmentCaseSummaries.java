package org.procuredesk.replenishment;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.procuredesk.tasklist.CaseSummaries;
import org.procuredesk.tasklist.CaseSummary;
import org.springframework.stereotype.Component;

/** What a replenishment task is about in the task list: the order's value, and what it buys for where. */
@Component
class ReplenishmentCaseSummaries implements CaseSummaries {

    private final ReplenishmentRepository replenishments;
    private final Replenishments views;

    ReplenishmentCaseSummaries(ReplenishmentRepository replenishments, Replenishments views) {
        this.replenishments = replenishments;
        this.views = views;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return ReplenishmentProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public CaseSummary summarize(VariableScope processInstance) {
        Object replenishmentId = processInstance.getVariable(ReplenishmentProcess.VAR_REPLENISHMENT_ID);
        return replenishmentId == null ? CaseSummary.NONE : replenishments.findById(((Number) replenishmentId)
                        .longValue())
                .map(replenishment -> new CaseSummary(replenishment.getRequestedBy(), replenishment.getOrderValue(),
                        views.subject(replenishment), null, null))
                .orElse(CaseSummary.NONE);
    }
}
