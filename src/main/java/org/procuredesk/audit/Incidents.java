package org.procuredesk.audit;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** The open incidents (a job that failed all its tries, and others), and one more try for a failed job. */
@Component
class Incidents {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final CaseInstances cases;

    Incidents(RuntimeService runtimeService, RepositoryService repositoryService, ManagementService managementService,
              CaseInstances cases) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.cases = cases;
    }

    List<AuditViews.IncidentView> open() {
        List<Incident> incidents = runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc().list();
        Map<String, String> businessKeys = cases.businessKeys(incidents.stream()
                .map(Incident::getProcessInstanceId).toList());
        return incidents.stream().map(incident -> new AuditViews.IncidentView(incident.getId(),
                incident.getProcessDefinitionId() == null ? null
                        : repositoryService.getProcessDefinition(incident.getProcessDefinitionId()).getKey(),
                businessKeys.get(incident.getProcessInstanceId()), incident.getActivityId(),
                incident.getIncidentMessage(), EngineTimes.of(incident.getIncidentTimestamp()),
                failedJob(incident) ? incident.getConfiguration() : null)).toList();
    }

    /** Refused for an incident that is not open, and for one that is not a failed job (nothing to retry). */
    void retry(String incidentId) {
        Incident incident = runtimeService.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new DomainException("audit.incident.notFound", incidentId);
        }
        if (!failedJob(incident)) {
            throw new DomainException("audit.incident.notRetriable", incidentId);
        }
        managementService.setJobRetries(incident.getConfiguration(), 1);
    }

    private static boolean failedJob(Incident incident) {
        return Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType());
    }
}
