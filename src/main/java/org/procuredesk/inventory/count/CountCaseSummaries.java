package org.procuredesk.inventory.count;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.procuredesk.tasklist.CaseSummaries;
import org.procuredesk.tasklist.CaseSummary;
import org.springframework.stereotype.Component;

/** What a count's task is about in the task list: the place counted (the count's number is its business key). */
@Component
class CountCaseSummaries implements CaseSummaries {

    private final InventoryCountRepository counts;
    private final CountLocations locations;

    CountCaseSummaries(InventoryCountRepository counts, CountLocations locations) {
        this.counts = counts;
        this.locations = locations;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return InventoryCountProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public CaseSummary summarize(VariableScope processInstance) {
        Object countId = processInstance.getVariable(InventoryCountProcess.VAR_COUNT_ID);
        return countId == null ? CaseSummary.NONE : counts.findById(((Number) countId).longValue())
                .map(count -> new CaseSummary(null, null, locations.nameOf(count.location()), null, null))
                .orElse(CaseSummary.NONE);
    }
}
