package org.procuredesk.replenishment;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Decide approval": asks the table {@code bpmn/replenishment-approval.dmn} whether the IT head approves the order,
 * given its value and the configured limit, and hands the answer to the process.
 */
@Component("decideReplenishmentApproval")
class DecideReplenishmentApprovalDelegate implements JavaDelegate {

    private final ReplenishmentRepository replenishments;
    private final ReplenishmentProperties properties;
    private final DecisionService decisionService;

    DecideReplenishmentApprovalDelegate(ReplenishmentRepository replenishments, ReplenishmentProperties properties,
                                        DecisionService decisionService) {
        this.replenishments = replenishments;
        this.properties = properties;
        this.decisionService = decisionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Replenishment replenishment = replenishments.findById(
                (Long) execution.getVariable(ReplenishmentProcess.VAR_REPLENISHMENT_ID)).orElseThrow();
        Boolean needed = decisionService.evaluateDecisionTableByKey(ReplenishmentProcess.DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("orderValue", replenishment.getOrderValue().doubleValue())
                        .putValue("approvalAbove", properties.approvalAbove().doubleValue()))
                .evaluate()
                .getSingleResult().getEntry(ReplenishmentProcess.VAR_APPROVAL_NEEDED);
        execution.setVariable(ReplenishmentProcess.VAR_APPROVAL_NEEDED, needed);
    }
}
