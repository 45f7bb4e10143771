package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestFacts;
import org.procuredesk.request.RequestProperties;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.request.RequestStatus;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.procuredesk.system.Message;

/** When an approval deserves a closer look, and when it does not: the policy alone, its sources stand-ins. */
class ApprovalWarningsTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final String REQUESTER = "ana.requester";
    static final RequestFacts LAPTOP_AND_MONITOR = new RequestFacts(7L, "APP-2026-000007", REQUESTER, 1L,
            new BigDecimal("5000.00"), Urgency.PLANNED, List.of(EquipmentCategory.LAPTOP, EquipmentCategory.MONITOR),
            List.of());

    private final ApprovalDecisionRepository decisions = mock(ApprovalDecisionRepository.class);
    private final RequestRecords records = mock(RequestRecords.class);
    private final Purchases purchases = mock(Purchases.class);
    private final PeopleDirectory people = mock(PeopleDirectory.class);
    private final ApprovalWarnings warnings = policy(90);

    @BeforeEach
    void peopleHaveNames() {
        when(people.nameOf("mihai.manager")).thenReturn("Mihai Manager");
    }

    @Test
    void anApplicationNeverReturnedWhoseRequesterAskedForNothingElseHasNoWarning() {
        when(records.submittedBy(eq(REQUESTER), any())).thenReturn(List.of(other(7L, RequestStatus.IN_APPROVAL,
                EquipmentCategory.LAPTOP, EquipmentCategory.MONITOR)));

        assertThat(warnings.of(Approval.LINE_MANAGER, LAPTOP_AND_MONITOR)).isEmpty();
    }

    @Test
    void anApplicationReturnedForCorrectionBeforeWarnsWhenAndByWhom() {
        Instant returnedAt = NOW.minus(Duration.ofDays(3));
        when(decisions.findByRequestIdOrderByDecidedAtAscIdAsc(7L)).thenReturn(List.of(
                decision(Approval.LINE_MANAGER, Decision.RETURNED, returnedAt),
                decision(Approval.LINE_MANAGER, Decision.APPROVED, NOW)));

        assertThat(warnings.of(Approval.IT_HEAD, LAPTOP_AND_MONITOR)).containsExactly(
                Message.of("approval.warning.returnedBefore", returnedAt, "Mihai Manager"));
    }

    @Test
    void anOrderSentBackOverItsPriceIsNoReturnForCorrection() {
        when(decisions.findByRequestIdOrderByDecidedAtAscIdAsc(7L)).thenReturn(List.of(
                decision(Approval.LINE_MANAGER, Decision.APPROVED, NOW),
                decision(Approval.PRICE_OVERRUN, Decision.RETURNED, NOW)));

        assertThat(warnings.of(Approval.IT_HEAD, LAPTOP_AND_MONITOR)).isEmpty();
    }

    @Test
    void anotherStandingApplicationOfTheRequesterWithACategoryInCommonWarnsNamingItAndTheCategories() {
        RequestView other = other(3L, RequestStatus.ORDERED, EquipmentCategory.MONITOR, EquipmentCategory.KEYBOARD,
                EquipmentCategory.LAPTOP);
        when(records.submittedBy(eq(REQUESTER), any())).thenReturn(List.of(other));

        assertThat(warnings.of(Approval.LINE_MANAGER, LAPTOP_AND_MONITOR)).containsExactly(
                Message.of("approval.warning.similarApplication", "APP-2026-000003",
                        List.of(Message.of("category.MONITOR"), Message.of("category.LAPTOP")), other.submittedAt()));
    }

    @Test
    void theRequestersApplicationsOfOtherCategoriesOrNoLongerStandingDoNotWarn() {
        when(records.submittedBy(eq(REQUESTER), any())).thenReturn(List.of(
                other(3L, RequestStatus.IN_APPROVAL, EquipmentCategory.PRINTER),
                other(4L, RequestStatus.REJECTED, EquipmentCategory.LAPTOP),
                other(5L, RequestStatus.CANCELLED, EquipmentCategory.LAPTOP),
                other(6L, RequestStatus.WITHDRAWN, EquipmentCategory.MONITOR)));

        assertThat(warnings.of(Approval.LINE_MANAGER, LAPTOP_AND_MONITOR)).isEmpty();
    }

    @Test
    void looksBackAsManyDaysAsConfigured() {
        warnings.of(Approval.LINE_MANAGER, LAPTOP_AND_MONITOR);
        verify(records).submittedBy(REQUESTER, NOW.minus(Duration.ofDays(90)));

        policy(30).of(Approval.LINE_MANAGER, LAPTOP_AND_MONITOR);
        verify(records).submittedBy(REQUESTER, NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void aPriceOverrunAlwaysWarnsWithTheOrderedTotalAgainstTheApprovedOne() {
        when(purchases.currentOrderTotal(7L)).thenReturn(Optional.of(new BigDecimal("6100.00")));

        assertThat(warnings.of(Approval.PRICE_OVERRUN, LAPTOP_AND_MONITOR)).containsExactly(
                Message.of("approval.warning.priceOverrun", new BigDecimal("6100.00"), new BigDecimal("5000.00")));
    }

    private ApprovalWarnings policy(int similarApplicationDays) {
        return new ApprovalWarnings(decisions, records,
                new RequestProperties(new BigDecimal("100000"), new BigDecimal("5000"), new BigDecimal("20000"), List.of(),
                        similarApplicationDays),
                purchases, people, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ApprovalDecisionRecord decision(Approval approval, Decision decision, Instant at) {
        return new ApprovalDecisionRecord(7L, "process-7", "task-" + at.toEpochMilli(), approval, "mihai.manager", null,
                at, decision, decision == Decision.APPROVED ? null : "Name the model", new BigDecimal("5000.00"));
    }

    private static RequestView other(Long id, RequestStatus status, EquipmentCategory... categories) {
        List<LineForm> lines = List.of(categories).stream()
                .map(category -> new LineForm(category, "one", 1, new BigDecimal("100.00"), null)).toList();
        Instant submitted = NOW.minus(Duration.ofDays(id));
        return new RequestView(id, 1, "APP-2026-00000" + id, REQUESTER, 1L, 1L, "Needed", null, Urgency.PLANNED,
                status, lines, new BigDecimal("100.00"), submitted, submitted);
    }
}
