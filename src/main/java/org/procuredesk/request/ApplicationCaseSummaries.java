package org.procuredesk.request;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.procuredesk.tasklist.CaseSummaries;
import org.procuredesk.tasklist.CaseSummary;
import org.springframework.stereotype.Component;

/** What an Application to IT task is about in the task list: requester, total, first item, department, branch. */
@Component
class ApplicationCaseSummaries implements CaseSummaries {

    private final PurchaseRequestRepository requests;

    ApplicationCaseSummaries(PurchaseRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return ApplicationToItProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public CaseSummary summarize(VariableScope processInstance) {
        Long requestId = (Long) processInstance.getVariable(ApplicationToItProcess.VAR_REQUEST_ID);
        return requestId == null ? CaseSummary.NONE : requests.findById(requestId).map(ApplicationCaseSummaries::of)
                .orElse(CaseSummary.NONE);
    }

    private static CaseSummary of(PurchaseRequest request) {
        return new CaseSummary(request.getRequesterUsername(), request.getTotal(), request.subject(),
                request.getDepartmentId(),
                request.getDeliveryBranchId());
    }
}
