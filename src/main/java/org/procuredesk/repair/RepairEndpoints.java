package org.procuredesk.repair;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.Attachments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Repair cases over REST: a fault reported, the cases read with their timeline and documents, and the SLA report.
 * The repair's steps are done through the task list.
 */
@RestController
@RequestMapping(ApiPaths.REPAIRS)
@Tag(name = "Repairs")
class RepairEndpoints {

    private final RepairCases cases;
    private final RepairDocuments documents;
    private final RepairSlaReport slaReport;

    RepairEndpoints(RepairCases cases, RepairDocuments documents, RepairSlaReport slaReport) {
        this.cases = cases;
        this.documents = documents;
        this.slaReport = slaReport;
    }

    @PostMapping
    @Operation(summary = "Report a fault of an asset, named by inventory or serial number; the answer says where the"
            + " case lives")
    ResponseEntity<RepairView> report(@RequestBody RepairForms.FaultReport report) {
        RepairView reported = cases.report(report);
        return ResponseEntity.created(URI.create(ApiPaths.REPAIRS + "/" + reported.id())).body(reported);
    }

    @GetMapping
    @Operation(summary = "The cases one may see, newest first: every case to IT and auditors, otherwise those one"
            + " reported or whose asset one holds")
    List<RepairView> list() {
        return cases.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case")
    RepairView get(@PathVariable long id) {
        return cases.get(id);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "What happened to the case, oldest first")
    List<RepairEventView> timeline(@PathVariable long id) {
        return cases.timeline(id);
    }

    @GetMapping(value = "/{id}/dispatch-note.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The dispatch note that sent the asset to the service centre, as PDF")
    ResponseEntity<byte[]> dispatchNote(@PathVariable long id) {
        return Attachments.pdf("dispatch-note-" + id, documents.dispatchNotePdf(id, LocaleContextHolder.getLocale()));
    }

    @GetMapping(value = "/{id}/write-off.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The act that wrote the asset off, as PDF")
    ResponseEntity<byte[]> writeOff(@PathVariable long id) {
        return Attachments.pdf("write-off-" + id, documents.writeOffPdf(id, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/sla-report")
    @Operation(summary = "How the cases reported between two days (yyyy-MM-dd, inclusive; the last "
            + RepairSlaReport.DEFAULT_DAYS + " days unless given) kept the agreement to restore assets, and the"
            + " warranties ending within 90 days")
    RepairSla.Report slaReport(@RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to) {
        return slaReport.report(from, to);
    }
}
