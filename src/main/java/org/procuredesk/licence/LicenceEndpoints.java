package org.procuredesk.licence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The licence register over REST, for the same roles as {@link Licences}. */
@RestController
@RequestMapping(ApiPaths.LICENCES)
@Tag(name = "Licences")
class LicenceEndpoints {

    private final Licences licences;
    private final LicenceReport report;

    LicenceEndpoints(Licences licences, LicenceReport report) {
        this.licences = licences;
        this.report = report;
    }

    @GetMapping
    @Operation(summary = "Every licence, by product, with its seats in use and where it stands with its expiry")
    List<LicenceSummary> list() {
        return licences.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A licence with every assignment it ever had; its key only for IT")
    LicenceDetail detail(@PathVariable long id) {
        return licences.detail(id);
    }

    @PostMapping
    @Operation(summary = "Record a licence")
    ResponseEntity<LicenceDetail> create(@Valid @RequestBody LicenceForm form) {
        LicenceDetail created = licences.create(form);
        return ResponseEntity.created(URI.create(ApiPaths.LICENCES + "/" + created.summary().id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a licence; refused when fewer seats would remain than are in use")
    LicenceDetail change(@PathVariable long id, @Valid @RequestBody LicenceForm form) {
        return licences.change(id, form);
    }

    @PostMapping("/{id}/assignments")
    @Operation(summary = "Give a seat to a person or an asset; refused when none is left or the licence has expired")
    ResponseEntity<AssignmentView> assign(@PathVariable long id, @Valid @RequestBody AssignmentForm form) {
        AssignmentView assigned = licences.assign(id, form);
        return ResponseEntity.created(URI.create(ApiPaths.LICENCES + "/" + id)).body(assigned);
    }

    @DeleteMapping("/{id}/assignments/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End an assignment and free its seat; the licence's history keeps it")
    void unassign(@PathVariable long id, @PathVariable long assignmentId) {
        licences.unassign(id, assignmentId);
    }

    @GetMapping("/report")
    @Operation(summary = "Unlicensed use (expired licences still assigned) and licences expiring within 90 days")
    List<Finding> report() {
        return report.findings();
    }

    @GetMapping(value = "/report/csv", produces = "text/csv")
    @Operation(summary = "The report as CSV, with a header row")
    ResponseEntity<String> reportCsv() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(LicenceReport.FILE_NAME).build().toString())
                .body(report.csv());
    }
}
