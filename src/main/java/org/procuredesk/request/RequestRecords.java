package org.procuredesk.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's data as the process needs it, for the engine's delegates and listeners: they
 * run in the engine's own transaction and on its job executor, where nobody is signed in. Policies that
 * weigh an application against the requester's others read them here too.
 */
@Component
public class RequestRecords {

    private final PurchaseRequestRepository requests;

    RequestRecords(PurchaseRequestRepository requests) {
        this.requests = requests;
    }

    @Transactional(readOnly = true)
    public RequestFacts facts(Long requestId) {
        PurchaseRequest request = find(requestId);
        return new RequestFacts(request.getId(), request.getNumber(), request.getRequesterUsername(),
                request.getDepartmentId(), request.getTotal(), request.getUrgency(),
                request.getLines().stream().map(RequestLine::getCategory).distinct().toList(),
                request.getLines().stream().filter(line -> line.getCategory() == EquipmentCategory.SOFTWARE)
                        .map(line -> line.getPreferredModel() == null ? line.getDescription() : line.getPreferredModel())
                        .toList());
    }

    /** The whole application, for the steps after its approval. */
    @Transactional(readOnly = true)
    public RequestView view(Long requestId) {
        return RequestView.of(find(requestId));
    }

    /** The requester's applications submitted since then, newest first, whatever became of them. */
    @Transactional(readOnly = true)
    public List<RequestView> submittedBy(String requesterUsername, Instant since) {
        return requests.findByRequesterUsernameAndSubmittedAtGreaterThanEqualOrderBySubmittedAtDesc(requesterUsername, since)
                .stream().map(RequestView::of).toList();
    }

    /** The id of the application with the number; none for a number no application has. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String number) {
        return requests.findByNumber(number).map(PurchaseRequest::getId);
    }

    @Transactional
    public void moveTo(Long requestId, RequestStatus status) {
        find(requestId).moveTo(status);
    }

    private PurchaseRequest find(Long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new DomainException("request.notFound", String.valueOf(requestId)));
    }
}
