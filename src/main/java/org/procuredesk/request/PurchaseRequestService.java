package org.procuredesk.request;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DocumentNumbers;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.EngineActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A requester's applications: kept as drafts, submitted (numbered and started as an Application to
 * IT process in one transaction), withdrawn, listed and read. The UI and the REST API both call it.
 */
@Service
@Validated
@Transactional
public class PurchaseRequestService {

    private static final String APPLICATION_SERIES = "APP";

    private final PurchaseRequestRepository requests;
    private final DocumentNumbers numbers;
    private final RequestRules rules;
    private final RequestAccess access;
    private final PeopleDirectory peopleDirectory;
    private final RuntimeService runtimeService;
    private final EngineActor engineActor;
    private final Clock clock;

    PurchaseRequestService(PurchaseRequestRepository requests, DocumentNumbers numbers, RequestRules rules,
                           RequestAccess access, PeopleDirectory peopleDirectory, RuntimeService runtimeService,
                           EngineActor engineActor, Clock clock) {
        this.requests = requests;
        this.numbers = numbers;
        this.rules = rules;
        this.access = access;
        this.peopleDirectory = peopleDirectory;
        this.runtimeService = runtimeService;
        this.engineActor = engineActor;
        this.clock = clock;
    }

    /** Keeps an application as a draft: a new one when {@code id} is none. */
    @PreAuthorize("hasRole('REQUESTER')")
    public RequestView saveDraft(Long id, @Valid RequestForm form) {
        return RequestView.of(requests.save(filled(id, form)));
    }

    /** Submits an application: it gets its number, and IT support is asked to check it. */
    @PreAuthorize("hasRole('REQUESTER')")
    @Validated({Default.class, Submission.class})
    public RequestView submit(Long id, @Valid RequestForm form) {
        return start(filled(id, form));
    }

    /**
     * Submits an application another process filled in for an employee, e.g. to pay for a repair or replace written
     * off equipment: it goes through the same checks and approvals as one the employee submitted. For the process's
     * steps, which run for nobody; no form calls it.
     */
    @Validated({Default.class, Submission.class})
    public RequestView submitFor(String requesterUsername, @Valid RequestForm form) {
        rules.check(form);
        PurchaseRequest request = newRequest(requesterUsername);
        fill(request, form);
        return start(request);
    }

    /** Numbers the application before it is first written, so that a new one is written once, numbered. */
    private RequestView start(PurchaseRequest request) {
        request.submitted(numbers.next(APPLICATION_SERIES), clock.instant());
        requests.saveAndFlush(request);
        String processInstanceId = engineActor.as(request.getRequesterUsername(), () ->
                runtimeService.startProcessInstanceByKey(ApplicationToItProcess.KEY, request.getNumber(), Map.of(
                        ApplicationToItProcess.VAR_REQUEST_ID, request.getId(),
                        ApplicationToItProcess.VAR_REQUESTER, request.getRequesterUsername(),
                        ApplicationToItProcess.VAR_DEPARTMENT_ID, request.getDepartmentId()))).getId();
        request.startedAs(processInstanceId);
        return RequestView.of(request);
    }

    /** Withdraws the signed-in requester's application while nothing has been ordered for it. */
    @PreAuthorize("hasRole('REQUESTER')")
    public RequestView withdraw(Long id) {
        PurchaseRequest request = access.own(id);
        if (!request.getStatus().isWithdrawable()) {
            throw new DomainException("request.cannotWithdraw", request.getNumber());
        }
        engineActor.as(request.getRequesterUsername(), () -> runtimeService
                .createMessageCorrelation(ApplicationToItProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(request.getNumber())
                .correlateWithResult());
        return RequestView.of(request);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RequestView> mine() {
        return requests.findByRequesterUsernameOrderByCreatedAtDesc(access.currentUsername()).stream()
                .map(RequestView::of).toList();
    }

    /** One application, to its requester and to those whose work it is; to anyone else it does not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RequestView get(Long id) {
        return RequestView.of(access.readable(id));
    }

    private PurchaseRequest filled(Long id, RequestForm form) {
        rules.check(form);
        PurchaseRequest request = id == null ? newRequest(access.currentUsername()) : ownDraft(id);
        fill(request, form);
        return request;
    }

    private static void fill(PurchaseRequest request, RequestForm form) {
        request.fill(form.deliveryBranchId(), form.justification(), form.neededBy(), form.urgency(),
                form.lines().stream().map(LineForm::toLine).toList());
    }

    private PurchaseRequest newRequest(String username) {
        Long departmentId = peopleDirectory.departmentOf(username)
                .orElseThrow(() -> new DomainException("request.noDepartment"));
        return new PurchaseRequest(username, departmentId, clock.instant());
    }

    private PurchaseRequest ownDraft(Long id) {
        PurchaseRequest request = access.own(id);
        if (request.getStatus() != RequestStatus.DRAFT) {
            throw new DomainException("request.notADraft", request.getNumber());
        }
        return request;
    }
}
