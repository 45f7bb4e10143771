package org.procuredesk.tasklist;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Those of the named variables a process instance has, in one statement: not through an execution, as the runtime
 * service would, reading the execution and its process definition first. None once the instance has ended.
 */
public record ReadProcessVariables(String processInstanceId, Collection<String> names)
        implements Command<Map<String, Object>> {

    @Override
    public Map<String, Object> execute(CommandContext context) {
        Map<String, Object> values = new HashMap<>();
        context.getVariableInstanceManager().findVariableInstancesByExecutionIdAndVariableNames(processInstanceId, names)
                .forEach(variable -> values.put(variable.getName(), variable.getValue()));
        return values;
    }
}
