package org.procuredesk.approval;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestFacts;
import org.procuredesk.request.RequestProperties;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.request.RequestStatus;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Message;
import org.springframework.stereotype.Component;

/**
 * Why an approval deserves a closer look than a click: the application was returned for correction before;
 * its requester asked for the same kind of equipment in another application lately (one still standing:
 * not rejected, withdrawn or cancelled); or it is an order's price overrun, which always is. An approval
 * with a warning is decided on its own, never in a batch.
 */
@Component
public class ApprovalWarnings {

    private static final Set<RequestStatus> NOT_STANDING = EnumSet.of(RequestStatus.REJECTED,
            RequestStatus.WITHDRAWN, RequestStatus.CANCELLED);

    private final ApprovalDecisionRepository decisions;
    private final RequestRecords records;
    private final RequestProperties properties;
    private final Purchases purchases;
    private final PeopleDirectory people;
    private final Clock clock;

    ApprovalWarnings(ApprovalDecisionRepository decisions, RequestRecords records, RequestProperties properties,
                     Purchases purchases, PeopleDirectory people, Clock clock) {
        this.decisions = decisions;
        this.records = records;
        this.properties = properties;
        this.purchases = purchases;
        this.people = people;
        this.clock = clock;
    }

    /** The warnings on giving {@code approval} to the application; none when nothing stands out. */
    public List<Message> of(Approval approval, RequestFacts application) {
        return Stream.of(returnedBefore(application), similarApplications(application), overrun(approval, application))
                .flatMap(warnings -> warnings)
                .toList();
    }

    /** Each time an approver sent it back for correction; an overrun sent back to be ordered again is no correction. */
    private Stream<Message> returnedBefore(RequestFacts application) {
        return decisions.findByRequestIdOrderByDecidedAtAscIdAsc(application.requestId()).stream()
                .filter(decision -> decision.decision() == Decision.RETURNED
                        && decision.approval() != Approval.PRICE_OVERRUN)
                .map(ApprovalDecisionRecord::view)
                .map(returned -> Message.of("approval.warning.returnedBefore", returned.decidedAt(),
                        people.nameOf(returned.decidedBy())));
    }

    /** The order's total against the approved one: an overrun always deserves a look. */
    private Stream<Message> overrun(Approval approval, RequestFacts application) {
        return approval != Approval.PRICE_OVERRUN ? Stream.empty() : Stream.of(Message.of("approval.warning.priceOverrun",
                purchases.currentOrderTotal(application.requestId()).orElse(application.total()), application.total()));
    }

    private Stream<Message> similarApplications(RequestFacts application) {
        Instant since = clock.instant().minus(Duration.ofDays(properties.similarApplicationDays()));
        return records.submittedBy(application.requesterUsername(), since).stream()
                .filter(other -> !other.id().equals(application.requestId()) && !NOT_STANDING.contains(other.status()))
                .flatMap(other -> similarity(other, application).stream());
    }

    private static Optional<Message> similarity(RequestView other, RequestFacts application) {
        List<Message> inCommon = other.lines().stream().map(LineForm::category).distinct()
                .filter(application.categories()::contains)
                .map(category -> Message.of(category.messageKey()))
                .toList();
        return inCommon.isEmpty() ? Optional.empty() : Optional.of(Message.of("approval.warning.similarApplication",
                other.number(), inCommon, other.submittedAt()));
    }
}
