package org.procuredesk.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An application as its requester and its approvers read it. */
public record RequestView(Long id, long version, String number, String requesterUsername, Long departmentId,
                          Long deliveryBranchId, String justification, LocalDate neededBy, Urgency urgency,
                          RequestStatus status, List<LineForm> lines, BigDecimal total, Instant createdAt,
                          Instant submittedAt) {

    /** The application as its form holds it, to be edited again. */
    public RequestForm asForm() {
        return new RequestForm(deliveryBranchId, justification, neededBy, urgency, lines);
    }

    static RequestView of(PurchaseRequest request) {
        return new RequestView(request.getId(), request.getVersion(), request.getNumber(),
                request.getRequesterUsername(), request.getDepartmentId(), request.getDeliveryBranchId(),
                request.getJustification(), request.getNeededBy(), request.getUrgency(), request.getStatus(),
                request.getLines().stream().map(LineForm::of).toList(), request.getTotal(), request.getCreatedAt(),
                request.getSubmittedAt());
    }
}
