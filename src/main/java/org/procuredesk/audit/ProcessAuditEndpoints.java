package org.procuredesk.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.Attachments;
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
 * Process audits over REST, read-only for auditors and the IT head: every process version with its heat map, the
 * incidents, the decisions of a period (also as CSV and PDF, each download logged) and the exports' log. The one
 * write, retrying a failed job, is an administrator's.
 */
@RestController
@RequestMapping(ApiPaths.AUDIT)
@Tag(name = "Audit")
class ProcessAuditEndpoints {

    private final ProcessAudit processes;
    private final AuditExports exports;

    ProcessAuditEndpoints(ProcessAudit processes, AuditExports exports) {
        this.processes = processes;
        this.exports = exports;
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
