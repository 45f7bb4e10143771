package org.procuredesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A heat map over cases whose steps took chosen times: its counts, averages and 95th percentiles are those the test
 * works out by hand from the same times, over the cases started within the period in the company's time zone only.
 */
@ProcureDeskIntegrationTest
class HeatMapTest {

    static final ZoneId COMPANY = ZoneId.of("Europe/Bucharest");
    static final LocalDate DAY = LocalDate.of(2026, 3, 3);
    static final int[] REVIEW_MINUTES = {3, 47, 12, 95, 8, 33, 61, 5, 27, 120, 14, 9, 52, 70, 18, 40, 7, 88, 22, 150};
    static final int[] APPROVE_MINUTES = {10, 200, 35, 60, 5, 45, 90, 15, 25, 30, 75, 20, 55, 65, 180};

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessAudit audit;
    @Autowired
    PeopleDirectory people;

    AuditedProcess process;

    @BeforeEach
    void deploy() {
        process = new AuditedProcess(context);
    }

    @AfterEach
    void remove() {
        process.remove();
    }

    @Test
    void countsAveragesAndPercentilesAreThoseOfTheChosenTimesOfTheCasesStartedInThePeriod() {
        List<Long> review = new ArrayList<>();
        List<Long> approve = new ArrayList<>();
        for (int i = 0; i < REVIEW_MINUTES.length; i++) {
            // the first starts half an hour into the day, company time: still the day before in UTC
            Instant started = (i == 0 ? DAY.atTime(0, 30) : DAY.atTime(9, 0).plusMinutes(10L * i)).atZone(COMPANY)
                    .toInstant();
            String instance = process.startAt(started, AuditedProcess.newNumber());
            Duration reviewed = Duration.ofMinutes(REVIEW_MINUTES[i]).plusSeconds(i);
            process.completeAt(started.plus(reviewed), instance, AuditedProcess.REVIEW, "ion.support", null, Map.of());
            review.add(reviewed.toMillis());
            if (i < APPROVE_MINUTES.length) {
                Duration approved = Duration.ofMinutes(APPROVE_MINUTES[i]).plusMillis(7L * i);
                process.completeAt(started.plus(reviewed).plus(approved), instance, AuditedProcess.APPROVE,
                        "victor.ithead", null, Map.of());
                approve.add(approved.toMillis());
            }
        }
        Instant dayBefore = DAY.minusDays(1).atTime(23, 30).atZone(COMPANY).toInstant();
        String outside = process.startAt(dayBefore, AuditedProcess.newNumber());
        process.completeAt(dayBefore.plus(Duration.ofDays(3)), outside, AuditedProcess.REVIEW, "ion.support", null,
                Map.of());

        AuditViews.ProcessHeatMap map = SignedIn.as(people, "irina.auditor",
                () -> audit.heatMap(process.definitionId, DAY, DAY));

        Map<String, AuditViews.HeatElement> elements = map.elements().stream()
                .collect(Collectors.toMap(AuditViews.HeatElement::elementId, Function.identity()));
        assertThat(map.instancesByState()).containsEntry("RUNNING", 5L).containsEntry("COMPLETED", 15L)
                .containsEntry("CANCELLED", 0L).containsEntry("WITH_INCIDENTS", 0L);
        assertThat(elements.get("started").passed()).isEqualTo(20);
        assertThat(elements.get(AuditedProcess.REVIEW)).isEqualTo(new AuditViews.HeatElement(AuditedProcess.REVIEW,
                "Review", "userTask", 20, average(review), p95(review)));
        assertThat(elements.get(AuditedProcess.APPROVE)).isEqualTo(new AuditViews.HeatElement(
                AuditedProcess.APPROVE, "Approve", "userTask", 20, average(approve), p95(approve)));
        assertThat(elements.get("done").passed()).isEqualTo(15);
        String slowest = p95(approve) > p95(review) ? AuditedProcess.APPROVE : AuditedProcess.REVIEW;
        assertThat(map.elements().get(0).elementId()).isEqualTo(slowest);
        assertThat(map.elements()).extracting(AuditViews.HeatElement::p95Millis)
                .isSortedAccordingTo((one, other) -> Long.compare(other, one));
    }

    @Test
    void aPeriodWithoutCasesHasNoElementsAndNoInstances() {
        AuditViews.ProcessHeatMap map = SignedIn.as(people, "irina.auditor",
                () -> audit.heatMap(process.definitionId, DAY.minusDays(30), DAY.minusDays(29)));

        assertThat(map.elements()).isEmpty();
        assertThat(map.instancesByState().values()).containsOnly(0L);
        assertThat(map.bpmnXml()).contains(AuditedProcess.REVIEW);
    }

    /** The mean, rounded half up to the millisecond. */
    static long average(List<Long> millis) {
        BigDecimal total = millis.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.divide(BigDecimal.valueOf(millis.size()), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Nearest rank: of the durations sorted, the one at rank ceil(0.95 × n), counted from 1. */
    static long p95(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        int rank = new BigDecimal("0.95").multiply(BigDecimal.valueOf(sorted.size()))
                .setScale(0, RoundingMode.CEILING).intValueExact();
        return sorted.get(rank - 1);
    }
}
