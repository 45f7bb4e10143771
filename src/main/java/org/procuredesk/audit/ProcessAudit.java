package org.procuredesk.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every process model and version with its instances, where they spend their time over a period, and the jobs that
 * failed. Read-only for auditors and the IT head; a failed job is retried by an administrator.
 */
@Service
@Transactional(readOnly = true)
public class ProcessAudit {

    private final ProcessVersions versions;
    private final HeatMaps heatMaps;
    private final Incidents incidents;
    private final PeriodDecisions decisions;

    ProcessAudit(ProcessVersions versions, HeatMaps heatMaps, Incidents incidents, PeriodDecisions decisions) {
        this.versions = versions;
        this.heatMaps = heatMaps;
        this.incidents = incidents;
        this.decisions = decisions;
    }

    /** Every deployed version, by process name and newest version first. */
    @PreAuthorize(CaseAudit.READERS)
    public List<AuditViews.ProcessVersion> versions() {
        return versions.all();
    }

    /** The version's heat map over the instances started between the two days, both included (company time zone). */
    @PreAuthorize(CaseAudit.READERS)
    public AuditViews.ProcessHeatMap heatMap(String processDefinitionId, LocalDate from, LocalDate to) {
        return heatMaps.of(processDefinitionId, from, to);
    }

    /**
     * Every decision taken between the two days, both included (company time zone), oldest first: each completed user
     * task whose completion set variables, and each decision table's decision.
     */
    @PreAuthorize(CaseAudit.READERS)
    public List<AuditViews.DecisionEntry> decisions(LocalDate from, LocalDate to) {
        return decisions.between(from, to);
    }

    /** The open incidents, newest first. */
    @PreAuthorize("hasAnyRole('AUDITOR', 'IT_HEAD', 'ADMIN')")
    public List<AuditViews.IncidentView> incidents() {
        return incidents.open();
    }

    /** Gives the failed job of the incident one more try, now. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retry(String incidentId) {
        incidents.retry(incidentId);
    }
}
