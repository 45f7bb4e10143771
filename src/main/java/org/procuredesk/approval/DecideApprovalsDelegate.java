package org.procuredesk.approval;

import static org.procuredesk.request.ApplicationToItProcess.VAR_FINANCE_APPROVAL;
import static org.procuredesk.request.ApplicationToItProcess.VAR_IT_HEAD_APPROVAL;
import static org.procuredesk.request.ApplicationToItProcess.VAR_LINE_MANAGER;
import static org.procuredesk.request.ApplicationToItProcess.VAR_LINE_MANAGER_ACTING_FOR;
import static org.procuredesk.request.ApplicationToItProcess.VAR_REQUEST_ID;
import static org.procuredesk.request.ApplicationToItProcess.VAR_REQUIRED_APPROVALS;
import static org.procuredesk.request.ApplicationToItProcess.VAR_SECURITY_APPROVAL;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestFacts;
import org.procuredesk.request.RequestProperties;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.tasklist.Substitutions;
import org.springframework.stereotype.Component;

/**
 * "Decide approvals": asks the routing table ({@code bpmn/approval-routing.dmn}) which approvals the
 * application needs, and finds its line manager (the head of its department, or the substitute
 * standing in for them today, who then decides acting for them). The table holds the
 * rules; this only gathers the facts and hands the answer to the process as plain variables.
 */
@Component("decideApprovals")
class DecideApprovalsDelegate implements JavaDelegate {

    static final String DECISION_KEY = "approvalRouting";

    private final RequestRecords records;
    private final RequestProperties properties;
    private final PeopleDirectory peopleDirectory;
    private final DecisionService decisionService;
    private final Substitutions substitutions;

    DecideApprovalsDelegate(RequestRecords records, RequestProperties properties, PeopleDirectory peopleDirectory,
                            DecisionService decisionService, Substitutions substitutions) {
        this.substitutions = substitutions;
        this.records = records;
        this.properties = properties;
        this.peopleDirectory = peopleDirectory;
        this.decisionService = decisionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestFacts facts = records.facts((Long) execution.getVariable(VAR_REQUEST_ID));
        List<Approval> approvals = required(facts);
        String head = lineManagerOf(facts);
        String substitute = head == null ? null : substitutions.substituteToday(head)
                .filter(standIn -> !standIn.equals(facts.requesterUsername()))
                .orElse(null);
        execution.setVariable(VAR_LINE_MANAGER, substitute == null ? head : substitute);
        if (substitute == null) {
            execution.removeVariable(VAR_LINE_MANAGER_ACTING_FOR);
        } else {
            execution.setVariable(VAR_LINE_MANAGER_ACTING_FOR, head);
        }
        execution.setVariable(VAR_REQUIRED_APPROVALS,
                approvals.stream().map(Approval::name).collect(Collectors.joining(",")));
        execution.setVariable(VAR_IT_HEAD_APPROVAL, approvals.contains(Approval.IT_HEAD));
        execution.setVariable(VAR_SECURITY_APPROVAL, approvals.contains(Approval.SECURITY));
        execution.setVariable(VAR_FINANCE_APPROVAL, approvals.contains(Approval.FINANCE));
    }

    /**
     * The head of the requester's department; none when the requester heads it (nobody approves
     * their own application) or it has no head: then the approval is offered to the line managers.
     */
    private String lineManagerOf(RequestFacts facts) {
        return peopleDirectory.headOfDepartmentIfAny(facts.departmentId())
                .filter(head -> !head.equals(facts.requesterUsername()))
                .orElse(null);
    }

    /** The approvals the table asks for, each once, in the order they are given. */
    List<Approval> required(RequestFacts facts) {
        List<String> answers = decisionService.evaluateDecisionTableByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("total", facts.total().doubleValue())
                        .putValue("categories", facts.categories().stream().map(EquipmentCategory::name)
                                .collect(Collectors.joining(" ")))
                        .putValue("urgency", facts.urgency().name())
                        .putValue("unapprovedSoftware", facts.softwareProducts().stream()
                                .anyMatch(product -> !properties.isApprovedSoftware(product)))
                        .putValue("itHeadLimit", properties.itHeadLimit().doubleValue())
                        .putValue("financeLimit", properties.financeLimit().doubleValue()))
                .evaluate()
                .collectEntries("approval");
        return Arrays.stream(Approval.values()).filter(approval -> answers.contains(approval.name())).toList();
    }
}
