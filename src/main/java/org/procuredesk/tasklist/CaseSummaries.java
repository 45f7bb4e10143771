package org.procuredesk.tasklist;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A feature's answer to "what is this case about", for the tasks of the processes it owns. Asked in
 * the engine's transaction when a task is created, so it reads the process instance as it is then.
 */
public interface CaseSummaries {

    boolean handles(String processDefinitionKey);

    /** @param processInstance the variables of the task's process instance */
    CaseSummary summarize(VariableScope processInstance);
}
