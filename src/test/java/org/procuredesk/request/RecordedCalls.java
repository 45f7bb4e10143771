package org.procuredesk.request;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A stand-in for the beans the Application to IT model calls by method: records which methods it called, in order. */
public class RecordedCalls {

    final List<String> calls = new ArrayList<>();

    public void approved(DelegateExecution execution) {
        calls.add("approved");
    }

    public void rejected(DelegateExecution execution) {
        calls.add("rejected");
    }

    public void cancelled(DelegateExecution execution) {
        calls.add("cancelled");
    }

    public void release(DelegateExecution execution) {
        calls.add("release");
    }

    public void cancelOrderInForce(DelegateExecution execution) {
        calls.add("cancelOrderInForce");
    }

    public void confirmedAutomatically(DelegateExecution execution) {
        calls.add("confirmedAutomatically");
    }
}
