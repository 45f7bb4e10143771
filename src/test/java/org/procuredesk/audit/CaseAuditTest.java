package org.procuredesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A case as an auditor sees it matches what the engine recorded: the elements it passed and how often, the flows it
 * took, where it waits, who did each step and for whom, what they decided and said, and the trail of it all.
 */
@ProcureDeskIntegrationTest
class CaseAuditTest {

    static final Instant STARTED = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    CaseAudit audit;
    @Autowired
    ProcessAudit processes;
    @Autowired
    PeopleDirectory people;

    AuditedProcess process;
    String number;
    String instance;

    @BeforeEach
    void reviewedCase() {
        process = new AuditedProcess(context);
        number = AuditedProcess.newNumber();
        instance = process.startAt(STARTED, number);
        process.comment(instance, AuditedProcess.REVIEW, "Price checked against two offers");
        Map<String, Object> reviewed = new LinkedHashMap<>();
        reviewed.put("reviewed", true);
        reviewed.put("amount", 1200L);
        process.completeAt(STARTED.plusSeconds(3600), instance, AuditedProcess.REVIEW, "ion.support", null, reviewed);
    }

    @AfterEach
    void remove() {
        process.remove();
    }

    @Test
    void aFinishedCaseShowsEveryElementItPassedTheFlowsItTookAndNoCurrentPosition() {
        finishedBySubstitute();

        AuditViews.CaseDiagram diagram = asAuditor(() -> audit.diagram(number)).orElseThrow();

        Map<String, Long> ranInHistory = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance).list().stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, Collectors.counting()));
        assertThat(diagram.elements().stream().collect(Collectors.toMap(AuditViews.ElementStats::elementId,
                stats -> (long) stats.executions()))).isEqualTo(ranInHistory);
        assertThat(diagram.ended()).isTrue();
        assertThat(diagram.current()).isEmpty();
        assertThat(diagram.passedFlows()).isEqualTo(flows());
        assertThat(diagram.elements()).filteredOn(stats -> stats.elementId().equals(AuditedProcess.REVIEW))
                .singleElement().satisfies(review -> {
                    assertThat(review.averageMillis()).isEqualTo(3_600_000L);
                    assertThat(review.totalMillis()).isEqualTo(3_600_000L);
                    assertThat(review.running()).isZero();
                });
        assertThat(diagram.bpmnXml()).contains("id=\"" + AuditedProcess.APPROVE + "\"");
    }

    @Test
    void aRunningCaseWaitsAtItsOpenTaskAndHasNotTakenTheFlowsAfterIt() {
        AuditViews.CaseDiagram diagram = asAuditor(() -> audit.diagram(number)).orElseThrow();

        assertThat(diagram.ended()).isFalse();
        assertThat(diagram.current()).containsExactly(AuditedProcess.APPROVE);
        assertThat(diagram.passedFlows()).hasSize(2).isSubsetOf(flows());
        assertThat(diagram.elements()).extracting(AuditViews.ElementStats::elementId)
                .containsExactly("started", AuditedProcess.REVIEW, AuditedProcess.APPROVE);
    }

    @Test
    void eachExecutionSaysWhoDidItForWhomWhatTheyDecidedAndWhatTheySaid() {
        finishedBySubstitute();

        AuditViews.ElementExecution review = asAuditor(() -> audit.executions(number, AuditedProcess.REVIEW)).get(0);
        AuditViews.ElementExecution approval = asAuditor(() -> audit.executions(number, AuditedProcess.APPROVE))
                .get(0);

        assertThat(review.who()).isEqualTo("ion.support");
        assertThat(review.whoName()).isEqualTo(people.nameOf("ion.support"));
        assertThat(review.actingFor()).isNull();
        assertThat(review.decision()).isEqualTo("reviewed = true, amount = 1200");
        assertThat(review.comment()).isEqualTo("Price checked against two offers");
        assertThat(review.durationMillis()).isEqualTo(3_600_000L);
        assertThat(approval.who()).isEqualTo("victor.ithead");
        assertThat(approval.actingFor()).isEqualTo("ana.requester");
        assertThat(approval.actingForName()).isEqualTo(people.nameOf("ana.requester"));
        assertThat(approval.decision()).isEqualTo("approved = false");
    }

    @Test
    void theTrailRunsFromStartToEndWithEveryTaskByItsPersonAndEveryValueChanged() {
        finishedBySubstitute();

        var trail = asAuditor(() -> audit.trail(number));

        assertThat(trail.get(0).kind()).isEqualTo(AuditViews.TrailKind.STARTED);
        assertThat(trail.get(trail.size() - 1).kind()).isEqualTo(AuditViews.TrailKind.ENDED);
        assertThat(trail).filteredOn(entry -> entry.kind() == AuditViews.TrailKind.TASK)
                .extracting(AuditViews.TrailEntry::what, AuditViews.TrailEntry::who, AuditViews.TrailEntry::detail)
                .containsExactly(tuple("Review", "ion.support", null),
                        tuple("Approve", "victor.ithead", "actingFor = ana.requester"));
        assertThat(trail).filteredOn(entry -> entry.kind() == AuditViews.TrailKind.VARIABLE)
                .extracting(AuditViews.TrailEntry::what, AuditViews.TrailEntry::detail, AuditViews.TrailEntry::who)
                .containsExactlyInAnyOrder(tuple("reviewed", "true", "ion.support"),
                        tuple("amount", "1200", "ion.support"),
                        tuple("approved", "false", "victor.ithead"));
        assertThat(trail).extracting(AuditViews.TrailEntry::at).isSorted();
    }

    @Test
    void theDecisionsOfThePeriodAreEachTaskThatDecidedSomethingWithWhoAndWhatWasSaid() {
        finishedBySubstitute();
        LocalDate day = LocalDate.ofInstant(STARTED, ZoneOffset.UTC);

        var decisions = asAuditor(() -> processes.decisions(day.minusDays(1), day.plusDays(1)));

        assertThat(decisions).filteredOn(decision -> number.equals(decision.businessKey()))
                .extracting(AuditViews.DecisionEntry::step, AuditViews.DecisionEntry::who,
                        AuditViews.DecisionEntry::decision, AuditViews.DecisionEntry::comment)
                .containsExactly(tuple("Review", "ion.support", "reviewed = true, amount = 1200",
                                "Price checked against two offers"),
                        tuple("Approve", "victor.ithead", "approved = false", null));
    }

    @Test
    void aCaseIsFoundByTheStartOfItsNumberCaseAside() {
        assertThat(asAuditor(() -> audit.find(number.substring(0, 8).toLowerCase())))
                .extracting(AuditViews.CaseRef::businessKey).contains(number);
        assertThat(asAuditor(() -> audit.diagram("AUD-NO-SUCH-CASE"))).isEmpty();
    }

    private void finishedBySubstitute() {
        process.completeAt(STARTED.plusSeconds(7200), instance, AuditedProcess.APPROVE, "victor.ithead",
                "ana.requester", Map.of("approved", false));
    }

    private Set<String> flows() {
        return repositoryService.getBpmnModelInstance(process.definitionId).getModelElementsByType(SequenceFlow.class)
                .stream().map(SequenceFlow::getId).collect(Collectors.toSet());
    }

    private <T> T asAuditor(Supplier<T> step) {
        return SignedIn.as(people, "irina.auditor", step);
    }
}
