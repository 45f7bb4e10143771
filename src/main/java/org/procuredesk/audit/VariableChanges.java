package org.procuredesk.audit;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetailQuery;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;

/**
 * The variable changes that matter to an auditor: amounts, statuses, decisions, as the process recorded them. Internal
 * ones are left out: values that are not plain (objects, files, bytes: the engine's own bookkeeping) and the
 * multi-instance counters the engine keeps by itself.
 */
@Component
class VariableChanges {

    private static final Set<String> PLAIN = Set.of("string", "integer", "long", "short", "double", "boolean", "date",
            "null");
    private static final Set<String> ENGINE_COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances",
            "nrOfCompletedInstances", "loopCounter");

    private final HistoryService historyService;

    VariableChanges(HistoryService historyService) {
        this.historyService = historyService;
    }

    /** The case's changes, oldest first. */
    List<HistoricVariableUpdate> ofProcess(String processInstanceId) {
        return mattering(query().processInstanceId(processInstanceId));
    }

    /** Every change between the two moments, both included, oldest first. */
    List<HistoricVariableUpdate> between(Date from, Date to) {
        return mattering(query().occurredAfter(from).occurredBefore(to));
    }

    /**
     * What a step decided: the changes made by the step (its activity instance) or by its task, as {@code name =
     * value} pairs; none when it changed nothing.
     */
    static String decidedBy(List<HistoricVariableUpdate> changes, String activityInstanceId, String taskId) {
        String decided = changes.stream()
                .filter(change -> Objects.equals(change.getActivityInstanceId(), activityInstanceId)
                        || taskId != null && taskId.equals(change.getTaskId()))
                .map(change -> pair(change.getVariableName(), change.getValue()))
                .collect(Collectors.joining(", "));
        return decided.isEmpty() ? null : decided;
    }

    static String pair(String name, Object value) {
        return name + " = " + text(value);
    }

    static String text(Object value) {
        return value instanceof Date date ? Instant.ofEpochMilli(date.getTime()).toString() : String.valueOf(value);
    }

    private HistoricDetailQuery query() {
        return historyService.createHistoricDetailQuery().variableUpdates().disableCustomObjectDeserialization()
                .orderByTime().asc();
    }

    private static List<HistoricVariableUpdate> mattering(HistoricDetailQuery query) {
        return query.list().stream().map(HistoricVariableUpdate.class::cast)
                .filter(change -> PLAIN.contains(change.getTypeName()))
                .filter(change -> !ENGINE_COUNTERS.contains(change.getVariableName()))
                .toList();
    }
}
