package org.procuredesk.audit;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstanceQuery;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/** The decision tables' decisions (approval routing, replenishment approval): what each decided, as its outputs. */
@Component
class EngineDecisions {

    private final HistoryService historyService;
    private final CaseInstances cases;
    private final PeopleDirectory people;

    EngineDecisions(HistoryService historyService, CaseInstances cases, PeopleDirectory people) {
        this.historyService = historyService;
        this.cases = cases;
        this.people = people;
    }

    /** The case's decisions; the business key is left out, the case being known. */
    List<AuditViews.DecisionEntry> ofProcess(String processInstanceId) {
        return entries(query().processInstanceId(processInstanceId).list(), Map.of());
    }

    /** Every decision taken between the two moments, both included. */
    List<AuditViews.DecisionEntry> between(Date from, Date to) {
        List<HistoricDecisionInstance> decisions = query().evaluatedAfter(from).evaluatedBefore(to).list();
        return entries(decisions, cases.businessKeys(decisions.stream()
                .map(HistoricDecisionInstance::getProcessInstanceId).toList()));
    }

    private List<AuditViews.DecisionEntry> entries(List<HistoricDecisionInstance> decisions,
                                                   Map<String, String> businessKeys) {
        return decisions.stream().map(decision -> new AuditViews.DecisionEntry(decision.getEvaluationTime().toInstant(),
                businessKeys.get(decision.getProcessInstanceId()), decision.getProcessDefinitionKey(),
                decision.getDecisionDefinitionName() == null ? decision.getDecisionDefinitionKey()
                        : decision.getDecisionDefinitionName(),
                decision.getUserId(), people.nameOf(decision.getUserId()), outputs(decision), null)).toList();
    }

    private static String outputs(HistoricDecisionInstance decision) {
        return decision.getOutputs().stream()
                .map(output -> VariableChanges.pair(name(output), output.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String name(HistoricDecisionOutputInstance output) {
        return output.getVariableName() == null ? output.getClauseName() : output.getVariableName();
    }

    private HistoricDecisionInstanceQuery query() {
        return historyService.createHistoricDecisionInstanceQuery().includeOutputs().disableCustomObjectDeserialization()
                .orderByEvaluationTime().asc();
    }
}
