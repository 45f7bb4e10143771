package org.procuredesk.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.Attachments;
import org.procuredesk.system.DomainException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Audits over REST, read-only for auditors and the IT head: any case on its diagram with its executions and trail,
 * every process version with its heat map, the incidents, the decisions of a period, and the exports' log. The one
 * write, retrying a failed job, is an administrator's.
 */
@RestController
@RequestMapping(ApiPaths.AUDIT)
@Tag(name = "Audit")
class AuditEndpoints {

    private final CaseAudit cases;
    private final ProcessAudit processes;
    private final AuditExports exports;

    AuditEndpoints(CaseAudit cases, ProcessAudit processes, AuditExports exports) {
        this.cases = cases;
        this.processes = processes;
        this.exports = exports;
    }

    @GetMapping("/cases")
    @Operation(summary = "The cases whose number starts with the text, newest first, at most 50")
    List<AuditViews.CaseRef> find(@RequestParam(defaultValue = "") String number) {
        return cases.find(number);
    }

    @GetMapping("/cases/{businessKey}")
    @Operation(summary = "A case on its diagram: its model, each element's figures, where it waits, the flows taken")
    AuditViews.CaseDiagram diagram(@PathVariable String businessKey) {
        return cases.diagram(businessKey).orElseThrow(() -> new DomainException("audit.case.notFound", businessKey));
    }

    @GetMapping("/cases/{businessKey}/elements/{elementId}")
    @Operation(summary = "Each execution of an element of the case: who, when, what they decided and said, for whom")
    List<AuditViews.ElementExecution> executions(@PathVariable String businessKey, @PathVariable String elementId) {
        return cases.executions(businessKey, elementId);
    }

    @GetMapping("/cases/{businessKey}/trail")
    @Operation(summary = "Everything that happened to the case, oldest first")
    List<AuditViews.TrailEntry> trail(@PathVariable String businessKey) {
        return cases.trail(businessKey);
    }

    @GetMapping(value = "/cases/{businessKey}/trail.csv", produces = Attachments.CSV)
    @Operation(summary = "The case's trail as CSV; the export is logged")
    ResponseEntity<byte[]> trailCsv(@PathVariable String businessKey) {
        return Attachments.csv("trail-" + businessKey, exports.caseTrailCsv(businessKey));
    }

    @GetMapping(value = "/cases/{businessKey}/trail.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The case's trail as a PDF report; the export is logged")
    ResponseEntity<byte[]> trailPdf(@PathVariable String businessKey) {
        return Attachments.pdf("trail-" + businessKey,
                exports.caseTrailPdf(businessKey, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/processes")
    @Operation(summary = "Every deployed process version with its instances by state")
    List<AuditViews.ProcessVersion> versions() {
        return processes.versions();
    }

    @GetMapping("/processes/{definitionId}/heat-map")
    @Operation(summary = "Where the version's instances started between two days (yyyy-MM-dd, inclusive) spent their"
            + " time, slowest element first")
    AuditViews.ProcessHeatMap heatMap(@PathVariable String definitionId, @RequestParam LocalDate from,
                                      @RequestParam LocalDate to) {
        return processes.heatMap(definitionId, from, to);
    }

    @GetMapping("/incidents")
    @Operation(summary = "The open incidents, newest first")
    List<AuditViews.IncidentView> incidents() {
        return processes.incidents();
    }

    @PostMapping("/incidents/{id}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give the failed job of the incident one more try (administrators only)")
    void retry(@PathVariable String id) {
        processes.retry(id);
    }

    @GetMapping("/decisions")
    @Operation(summary = "Every decision taken between two days (yyyy-MM-dd, inclusive), oldest first")
    List<AuditViews.DecisionEntry> decisions(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return processes.decisions(from, to);
    }

    @GetMapping(value = "/decisions.csv", produces = Attachments.CSV)
    @Operation(summary = "The decisions of a period as CSV; the export is logged")
    ResponseEntity<byte[]> decisionsCsv(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return Attachments.csv("decisions-" + EngineTimes.period(from, to), exports.decisionsCsv(from, to));
    }

    @GetMapping(value = "/decisions.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The decisions of a period as a PDF report; the export is logged")
    ResponseEntity<byte[]> decisionsPdf(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return Attachments.pdf("decisions-" + EngineTimes.period(from, to),
                exports.decisionsPdf(from, to, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/exports")
    @Operation(summary = "Who exported what of the audit trail and when, newest first")
    List<AuditViews.ExportEntry> exportLog() {
        return exports.log();
    }
}
