package org.procuredesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the audit services answer: records only, read-only. */
public final class AuditViews {

    private AuditViews() {
    }

    /**
     * How often an element of a case's diagram ran and how long it took.
     *
     * @param executions    how many times it ran (started), finished or not
     * @param averageMillis the average of its finished executions; none when none finished
     * @param running       how many of its executions are running now (the case's current position)
     */
    public record ElementStats(String elementId, String elementName, String elementType, int executions,
                               Long averageMillis, Long totalMillis, int running) {
    }

    /**
     * A case on its diagram.
     *
     * @param businessKey the case's number (APP-…, RPR-…, REP-…, CNT-…, a budget's period…)
     * @param bpmnXml     the model of the version the case ran on
     * @param elements    every element that ran, with its figures
     * @param current     the elements where the case waits now; none once it ended
     * @param passedFlows the sequence flows it took
     */
    public record CaseDiagram(String businessKey, String processInstanceId, String processDefinitionId,
                              String processKey, String processName, int version, String bpmnXml, boolean ended,
                              Instant started, Instant endedAt, List<ElementStats> elements, Set<String> current,
                              Set<String> passedFlows) {
    }

    /**
     * One execution of an element of a case: who, when, what they decided and said, and for whom they acted.
     *
     * @param actingFor who the task was assigned to when someone else completed it in their stead (a substitute)
     * @param decision  what the step decided, as the process recorded it (e.g. {@code approved = true})
     */
    public record ElementExecution(String elementId, String elementName, String elementType, Instant started,
                                   Instant ended, Long durationMillis, String who, String whoName,
                                   String actingFor, String actingForName, String decision, String comment) {
    }

    /** What kind of happening a trail entry is. */
    public enum TrailKind {
        STARTED, TASK, DECISION, VARIABLE, MESSAGE, TIMER, ESCALATION, INCIDENT, DOCUMENT, RECORD, ENDED;

        public String messageKey() {
            return "auditTrail." + name();
        }
    }

    /**
     * One line of a case's audit trail, from the engine's history or the application's own records.
     *
     * @param what   the element's name, the variable's name, the document's number...
     * @param detail a value, a decision, a comment, as recorded
     */
    public record TrailEntry(Instant at, TrailKind kind, String what, String who, String whoName, String detail) {
    }

    /** A deployed version of a process model with its instances by state. */
    public record ProcessVersion(String processDefinitionId, String key, String name, int version, long running,
                                 long completed, long cancelled, long withIncidents) {
    }

    /**
     * How many instances passed an element in the period and how long they stayed there.
     *
     * @param p95Millis the 95th percentile of the finished stays (nearest rank); none when none finished
     */
    public record HeatElement(String elementId, String elementName, String elementType, long passed,
                              Long averageMillis, Long p95Millis) {
    }

    /**
     * A process version's heat map over the instances started in a period, both days included.
     *
     * @param instancesByState RUNNING, COMPLETED, CANCELLED, WITH_INCIDENTS → how many
     * @param elements         every element passed, slowest (by 95th percentile) first
     */
    public record ProcessHeatMap(String processDefinitionId, String key, String name, int version, String bpmnXml,
                                 LocalDate from, LocalDate to, Map<String, Long> instancesByState,
                                 List<HeatElement> elements) {
    }

    /** A failed job waiting for someone to retry it. */
    public record IncidentView(String id, String processDefinitionKey, String businessKey, String activityId,
                               String message, Instant at, String jobId) {
    }

    /** A case found by its number, for the search. */
    public record CaseRef(String businessKey, String processKey, String processName, Instant started,
                          Instant ended) {
    }

    /** Any decision taken in a period: a person's on a task, or a decision table's. */
    public record DecisionEntry(Instant at, String businessKey, String processKey, String step, String who,
                                String whoName, String decision, String comment) {
    }

    /** One logged export of the audit trail: who exported what, when, and how many rows it held. */
    public record ExportEntry(long id, Instant at, String exportedBy, String exportedByName, AuditExportKind kind,
                              String subject, int rowCount) {
    }
}
