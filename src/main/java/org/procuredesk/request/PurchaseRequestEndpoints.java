package org.procuredesk.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Applications to IT over REST, with the same checks as the UI: both call {@link PurchaseRequestService}. */
@RestController
@RequestMapping(ApiPaths.REQUESTS)
@Tag(name = "Applications to IT")
class PurchaseRequestEndpoints {

    private final PurchaseRequestService requests;

    PurchaseRequestEndpoints(PurchaseRequestService requests) {
        this.requests = requests;
    }

    @PostMapping
    @Operation(summary = "Submit a new application; the answer carries its number")
    ResponseEntity<RequestView> submitNew(@Validated({Default.class, Submission.class}) @RequestBody RequestForm form) {
        return created(requests.submit(null, form));
    }

    @PostMapping("/drafts")
    @Operation(summary = "Keep a new application as a draft")
    ResponseEntity<RequestView> saveNewDraft(@Valid @RequestBody RequestForm form) {
        return created(requests.saveDraft(null, form));
    }

    @PutMapping("/{id}/draft")
    @Operation(summary = "Change a draft")
    RequestView saveDraft(@PathVariable Long id, @Valid @RequestBody RequestForm form) {
        return requests.saveDraft(id, form);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft, as given")
    RequestView submit(@PathVariable Long id, @Validated({Default.class, Submission.class}) @RequestBody RequestForm form) {
        return requests.submit(id, form);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a submitted application while nothing is ordered for it")
    RequestView withdraw(@PathVariable Long id) {
        return requests.withdraw(id);
    }

    @GetMapping("/mine")
    @Operation(summary = "My applications, newest first")
    List<RequestView> mine() {
        return requests.mine();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application")
    RequestView one(@PathVariable Long id) {
        return requests.get(id);
    }

    private static ResponseEntity<RequestView> created(RequestView request) {
        return ResponseEntity.created(URI.create(ApiPaths.REQUESTS + "/" + request.id())).body(request);
    }
}
