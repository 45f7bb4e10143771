package org.procuredesk.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps an application's status in step with its process: the model calls
 * {@code ${requestStatus.moveTo(execution, 'IN_APPROVAL')}} as an execution listener.
 */
@Component("requestStatus")
public class RequestStatusListener {

    private final RequestRecords records;

    RequestStatusListener(RequestRecords records) {
        this.records = records;
    }

    public void moveTo(DelegateExecution execution, String status) {
        Long requestId = (Long) execution.getVariable(ApplicationToItProcess.VAR_REQUEST_ID);
        records.moveTo(requestId, RequestStatus.valueOf(status));
    }
}
