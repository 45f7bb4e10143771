package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.budget.BudgetFixture.FINANCE;
import static org.procuredesk.budget.BudgetFixture.IT_HEAD;
import static org.procuredesk.budget.BudgetFixture.REQUESTER;
import static org.procuredesk.budget.BudgetFixture.SUPPORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The budget cycle over REST: the same services and checks as the budget pages and task forms. */
@ProcureDeskIntegrationTest
class BudgetApiTest {

    @LocalServerPort
    int port;
    @Autowired
    BudgetFixture fixture;
    @RegisterExtension
    final FreshWeeklyBudget weekly = new FreshWeeklyBudget("700.00", "300.00");

    @Test
    void itSupportPreparesAndSubmitsAndTheItHeadApprovesLeavingAnApplicationOut() {
        ApiClient support = as(SUPPORT);
        JsonNode draft = support.get(budgetPath()).body();
        String prepareTask = draft.path("taskId").asText();

        Answer movedOut = support.post(linePath(draft, moved()) + "/move", Map.of("reason", "Can wait a week"));
        Answer intake = support.post(budgetPath() + "/intake", null);
        Answer commented = support.post(budgetPath() + "/comments", Map.of("text", "Checked with the requesters"));
        Answer submitted = support.post("/api/v1/tasks/" + prepareTask + "/budget-submission",
                Map.of("comment", "Ready"));
        JsonNode submittedBudget = as(IT_HEAD).get(budgetPath()).body();
        Answer reviewed = as(IT_HEAD).post("/api/v1/tasks/" + submittedBudget.path("taskId").asText()
                + "/budget-review", Map.of("decision", "APPROVE_WITH_EXCLUSIONS",
                "excludedLineIds", List.of(lineOf(draft, kept()).path("id").asLong())));

        assertThat(List.of(movedOut.status(), commented.status(), submitted.status(), reviewed.status()))
                .containsOnly(204);
        assertThat(intake.status()).isEqualTo(200);
        assertThat(intake.body().path("taken").asInt()).isNotNegative();
        JsonNode approved = as(IT_HEAD).get(budgetPath()).body();
        assertThat(approved.path("summary").path("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("summary").path("submittedBy").asText()).isEqualTo(SUPPORT);
        assertThat(approved.path("summary").path("deadlineKept").asBoolean()).isTrue();
        assertThat(approved.path("taskId").isNull()).isTrue();
        assertThat(lineOf(approved, kept()).path("state").asText()).isEqualTo("EXCLUDED");
        assertThat(lineOf(approved, moved()).path("state").asText()).isEqualTo("MOVED");
        assertThat(lineOf(approved, moved()).path("reason").asText()).isEqualTo("Can wait a week");
        assertThat(approved.path("comments")).extracting(comment -> comment.path("text").asText())
                .containsSubsequence("Checked with the requesters", "Ready");
    }

    @Test
    void theDashboardListsTheOpenBudgetAndTheApplicationsItHolds() {
        JsonNode dashboard = as("irina.auditor").get("/api/v1/budgets").body();

        assertThat(dashboard.path("nextDeadlines")).extracting(next -> next.path("kind").asText())
                .containsExactly("WEEKLY", "MONTHLY");
        assertThat(dashboard.path("current")).extracting(current -> current.path("period").asText()).contains(period());
        assertThat(dashboard.path("waiting")).filteredOn(line -> line.path("source").asText().equals("APPLICATION")
                        && line.path("referenceId").asLong() == kept().id())
                .singleElement().satisfies(line -> {
                    assertThat(line.path("heldBy").asText()).isEqualTo(period());
                    assertThat(line.path("kind").asText()).isEqualTo("WEEKLY");
                });
    }

    @Test
    void theCsvIsAnAttachmentNamedAfterThePeriodWithOneRowPerApplication() {
        HttpResponse<String> csv = new HttpTestClient(port).get(budgetPath() + "/csv", FINANCE, ApiClient.PASSWORD);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"budget-" + period() + ".csv\"");
        assertThat(csv.body()).startsWith("period,source,number,requester,department,subject,amount,state,reason")
                .contains(period() + ",APPLICATION," + kept().number() + ",")
                .contains(period() + ",APPLICATION," + moved().number() + ",");
    }

    @Test
    void financeSetsThePeriodsLimitAndABadAmountChangesNothing() {
        ApiClient finance = as(FINANCE).inLanguage("ro");

        Answer set = finance.put(budgetPath() + "/limit", Map.of("amount", 500));
        Answer negative = finance.put(budgetPath() + "/limit", Map.of("amount", -1));
        Answer missing = finance.put(budgetPath() + "/limit", Map.of());

        assertThat(set.status()).isEqualTo(204);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.fieldErrors()).containsOnly(
                Map.entry("amount", "Introduceți o sumă de cel puțin zero, cu cel mult două zecimale."));
        assertThat(missing.fieldErrors()).containsOnly(Map.entry("amount", "Acest câmp este obligatoriu."));
        JsonNode totals = finance.get(budgetPath()).body().path("summary").path("totals");
        assertThat(totals.path("limit").decimalValue()).isEqualByComparingTo("500");
    }

    @Test
    void onlyTheirRolesMayActOnABudget() {
        JsonNode draft = as(SUPPORT).get(budgetPath()).body();

        assertThat(as(REQUESTER).get("/api/v1/budgets").status()).isEqualTo(403);
        assertThat(new HttpTestClient(port).get(budgetPath() + "/csv", REQUESTER, ApiClient.PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(as(SUPPORT).put(budgetPath() + "/limit", Map.of("amount", 1)).status()).isEqualTo(403);
        assertThat(as(FINANCE).post(linePath(draft, kept()) + "/move", Map.of("reason", "No")).status())
                .isEqualTo(403);
        assertThat(as(FINANCE).post("/api/v1/tasks/" + draft.path("taskId").asText() + "/budget-submission",
                Map.of()).status()).isEqualTo(403);
        assertThat(as(SUPPORT).get(budgetPath()).body().path("summary").path("state").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aMoveWithoutAReasonAndAReturnWithoutACommentAreRefusedOnTheirFields() {
        ApiClient support = as(SUPPORT);
        JsonNode draft = support.get(budgetPath()).body();

        Answer noReason = support.post(linePath(draft, moved()) + "/move", Map.of("reason", " "));
        fixture.submit(period());
        String reviewTask = as(IT_HEAD).get(budgetPath()).body().path("taskId").asText();
        Answer noDecision = as(IT_HEAD).post("/api/v1/tasks/" + reviewTask + "/budget-review", Map.of());
        Answer noComment = as(IT_HEAD).inLanguage("ro").post("/api/v1/tasks/" + reviewTask + "/budget-review",
                Map.of("decision", "RETURN"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldErrors()).containsOnly(Map.entry("reason", "This field is required."));
        assertThat(noDecision.fieldErrors()).containsOnly(Map.entry("decision", "This field is required."));
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.fieldErrors()).containsOnly(Map.entry("comment",
                "Spuneți ce trebuie să schimbe suportul IT înainte de a returna bugetul."));
        JsonNode unchanged = as(IT_HEAD).get(budgetPath()).body();
        assertThat(unchanged.path("summary").path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(unchanged.path("taskId").asText()).isEqualTo(reviewTask);
        assertThat(lineOf(unchanged, moved()).path("state").asText()).isEqualTo("INCLUDED");
    }

    @Test
    void aPeriodNotOpenedIsNotFoundAndANameThatIsNoPeriodIsRefused() {
        Answer notOpened = as(IT_HEAD).get("/api/v1/budgets/WEEKLY-2999-W01");
        Answer noPeriod = as(IT_HEAD).inLanguage("ro").get("/api/v1/budgets/WEEKLY-2026-W99");
        HttpResponse<String> noCsv = new HttpTestClient(port).get("/api/v1/budgets/WEEKLY-2999-W01/csv", IT_HEAD,
                ApiClient.PASSWORD);

        assertThat(notOpened.status()).isEqualTo(404);
        assertThat(notOpened.body().path("detail").asText()).isEqualTo("The budget WEEKLY-2999-W01 has not been opened.");
        assertThat(noPeriod.status()).isEqualTo(422);
        assertThat(noPeriod.body().path("detail").asText()).startsWith("Nu există perioada de buget WEEKLY-2026-W99.");
        assertThat(noCsv.statusCode()).isEqualTo(404);
        assertThat(noCsv.body()).contains("The budget WEEKLY-2999-W01 has not been opened.");
    }

    private String period() {
        return weekly.period();
    }

    private RequestView kept() {
        return weekly.application(0);
    }

    private RequestView moved() {
        return weekly.application(1);
    }

    private ApiClient as(String username) {
        return ApiClient.anonymous(port).as(username);
    }

    private String budgetPath() {
        return "/api/v1/budgets/" + period();
    }

    private String linePath(JsonNode budget, RequestView application) {
        return budgetPath() + "/lines/" + lineOf(budget, application).path("id").asLong();
    }

    private static JsonNode lineOf(JsonNode budget, RequestView application) {
        return StreamSupport.stream(budget.path("lines").spliterator(), false)
                .filter(line -> line.path("source").asText().equals("APPLICATION")
                        && line.path("referenceId").asLong() == application.id()).findFirst()
                .orElseThrow(() -> new AssertionError(application.number() + " is not in the budget"));
    }
}
