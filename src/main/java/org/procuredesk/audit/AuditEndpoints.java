package org.procuredesk.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.Attachments;
import org.procuredesk.system.DomainException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case audits over REST, read-only for auditors and the IT head: any case by its number, on its diagram, with its
 * elements' executions and its trail, the trail also as CSV and PDF (each download logged). The processes' side is
 * {@link ProcessAuditEndpoints}.
 */
@RestController
@RequestMapping(ApiPaths.AUDIT)
@Tag(name = "Audit")
class AuditEndpoints {

    private final CaseAudit cases;
    private final AuditExports exports;

    AuditEndpoints(CaseAudit cases, AuditExports exports) {
        this.cases = cases;
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
}
