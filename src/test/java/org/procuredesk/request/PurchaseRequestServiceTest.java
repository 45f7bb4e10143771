package org.procuredesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Violations;
import org.springframework.beans.factory.annotation.Autowired;

/** A requester's applications: drafts, submission with its number and process, refusals that leave nothing behind. */
@ProcureDeskIntegrationTest
class PurchaseRequestServiceTest {

    @Autowired
    PurchaseRequestService requests;
    @Autowired
    PeopleDirectory people;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    PurchaseRequestRepository repository;

    @Test
    void submittedApplicationGetsItsNumberAndWaitsForItSupportToCheckIt() {
        RequestView submitted = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));

        assertThat(submitted.number()).matches("APP-\\d{4}-\\d{6}");
        assertThat(submitted.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(submitted.total()).isEqualByComparingTo("4200.00");
        ProcessInstance process = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(submitted.number()).singleResult();
        assertThat(runtimeService.getVariable(process.getId(), ApplicationToItProcess.VAR_REQUEST_ID))
                .isEqualTo(submitted.id());
        assertThat(taskService.createTaskQuery().processInstanceId(process.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo(ApplicationToItProcess.CHECK_COMPLETENESS);
    }

    @Test
    void numbersFollowEachOtherAndAreNeverGivenTwice() {
        String first = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people))).number();
        String second = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people))).number();

        assertThat(sequence(second)).isGreaterThan(sequence(first));
        assertThat(repository.findByNumber(first)).isPresent();
    }

    @Test
    void incompleteDraftIsKeptAndCanBeSubmittedOnceComplete() {
        RequestForm incomplete = new RequestForm(null, null, null, null, List.of());
        RequestView draft = as(people, "ana.requester", () -> requests.saveDraft(null, incomplete));

        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.number()).isNull();
        RequestView submitted = as(people, "ana.requester", () -> requests.submit(draft.id(), Applications.laptop(people)));
        assertThat(submitted.id()).isEqualTo(draft.id());
        assertThat(submitted.number()).isNotNull();
    }

    static Stream<Arguments> invalidApplications() {
        return Stream.of(
                invalid("no delivery branch", "deliveryBranchId", "This field is required.",
                        form -> new RequestForm(null, form.justification(), form.neededBy(), form.urgency(), form.lines())),
                invalid("no justification", "justification", "This field is required.",
                        form -> new RequestForm(form.deliveryBranchId(), " ", form.neededBy(), form.urgency(), form.lines())),
                invalid("justification too long", "justification", "At most 2000 characters.",
                        form -> new RequestForm(form.deliveryBranchId(), "x".repeat(2001), form.neededBy(), form.urgency(),
                                form.lines())),
                invalid("no needed-by date", "neededBy", "This field is required.",
                        form -> new RequestForm(form.deliveryBranchId(), form.justification(), null, form.urgency(),
                                form.lines())),
                invalid("no urgency", "urgency", "This field is required.",
                        form -> new RequestForm(form.deliveryBranchId(), form.justification(), form.neededBy(), null,
                                form.lines())),
                invalid("no lines", "lines", "Add at least one line.",
                        form -> new RequestForm(form.deliveryBranchId(), form.justification(), form.neededBy(),
                                form.urgency(), List.of())),
                invalid("quantity zero", "lines[0].quantity", "Enter a quantity from 1 to 1000.",
                        form -> withLine(form, new LineForm(EquipmentCategory.MOUSE, "mouse", 0, BigDecimal.TEN, null))),
                invalid("quantity above 1000", "lines[0].quantity", "Enter a quantity from 1 to 1000.",
                        form -> withLine(form, new LineForm(EquipmentCategory.MOUSE, "mouse", 1001, BigDecimal.TEN, null))),
                invalid("price zero", "lines[0].estimatedUnitPrice", "Enter a price above zero, with at most two decimals.",
                        form -> withLine(form, new LineForm(EquipmentCategory.MOUSE, "mouse", 1, BigDecimal.ZERO, null))),
                invalid("no category", "lines[0].category", "This field is required.",
                        form -> withLine(form, new LineForm(null, "mouse", 1, BigDecimal.TEN, null))),
                invalid("no description", "lines[0].description", "This field is required.",
                        form -> withLine(form, new LineForm(EquipmentCategory.MOUSE, "", 1, BigDecimal.TEN, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidApplications")
    void invalidFieldIsNamedWithItsMessageAndNothingIsStoredOrStarted(String why, String field, String message,
                                                                      UnaryOperator<RequestForm> spoil) {
        long rows = repository.count();
        long processes = runtimeService.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> as(people, "ana.requester", () -> requests.submit(null, spoil.apply(Applications.laptop(people)))))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(
                        invalid.getConstraintViolations().stream().map(PurchaseRequestServiceTest::describe))
                        .contains(field + ": " + message));

        assertThat(repository.count()).isEqualTo(rows);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processes);
    }

    @Test
    void neededByDateInThePastPriceAtTheCeilingAndUnknownBranchAreRefusedOnTheirFields() {
        RequestForm valid = Applications.laptop(people);
        long rows = repository.count();

        assertRefused(new RequestForm(valid.deliveryBranchId(), valid.justification(), LocalDate.now().minusDays(1),
                valid.urgency(), valid.lines()), "neededBy");
        assertRefused(withLine(valid, new LineForm(EquipmentCategory.SERVER, "server", 1, new BigDecimal("100000"), null)),
                "lines[0].estimatedUnitPrice");
        assertRefused(new RequestForm(-1L, valid.justification(), valid.neededBy(), valid.urgency(), valid.lines()),
                "deliveryBranchId");
        assertThat(repository.count()).isEqualTo(rows);
    }

    @Test
    void anotherPersonCannotReadOrWithdrawSomeonesApplication() {
        RequestView mine = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));

        assertThatThrownBy(() -> as(people, "alex.admin", () -> requests.get(mine.id())))
                .isInstanceOf(DomainException.class).hasMessage("request.notFound");
        assertThat(as(people, "mihai.manager", () -> requests.get(mine.id())).number()).isEqualTo(mine.number());
        assertThat(as(people, "ion.support", () -> requests.get(mine.id())).number()).isEqualTo(mine.number());
        assertThat(as(people, "ana.requester", () -> requests.mine())).extracting(RequestView::id).contains(mine.id());
    }

    private void assertRefused(RequestForm form, String field) {
        assertThatThrownBy(() -> as(people, "ana.requester", () -> requests.submit(null, form)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.getField()).hasValue(field));
    }

    private static Arguments invalid(String why, String field, String message, UnaryOperator<RequestForm> spoil) {
        return Arguments.of(why, field, message, spoil);
    }

    private static RequestForm withLine(RequestForm form, LineForm line) {
        return new RequestForm(form.deliveryBranchId(), form.justification(), form.neededBy(), form.urgency(), List.of(line));
    }

    private static String describe(ConstraintViolation<?> violation) {
        return Violations.field(violation) + ": " + violation.getMessage();
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
