package org.procuredesk.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Any case (an application, a budget, a repair, a replenishment, a count) as auditors see it, by its number: on its
 * diagram, each element's executions, and its whole trail. Read-only, for auditors and the IT head.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CaseAudit.READERS)
public class CaseAudit {

    public static final String READERS = "hasAnyRole('AUDITOR', 'IT_HEAD')";

    private final CaseInstances cases;
    private final CaseDiagrams diagrams;
    private final ElementExecutions executions;
    private final CaseTrail trail;

    CaseAudit(CaseInstances cases, CaseDiagrams diagrams, ElementExecutions executions, CaseTrail trail) {
        this.cases = cases;
        this.diagrams = diagrams;
        this.executions = executions;
        this.trail = trail;
    }

    /** The cases whose number starts with the text, case aside, newest first, at most 50. */
    public List<AuditViews.CaseRef> find(String numberStart) {
        return cases.find(numberStart);
    }

    /** The case on its diagram; none for an unknown number. */
    public Optional<AuditViews.CaseDiagram> diagram(String businessKey) {
        return diagrams.of(businessKey);
    }

    /** Every execution of the element in the case, oldest first; refused, as not found, for an unknown number. */
    public List<AuditViews.ElementExecution> executions(String businessKey, String elementId) {
        return executions.of(businessKey, elementId);
    }

    /**
     * Everything that happened to the case, oldest first, from the engine's history and the application's records;
     * refused, as not found, for an unknown number.
     */
    public List<AuditViews.TrailEntry> trail(String businessKey) {
        return trail.of(businessKey);
    }
}
