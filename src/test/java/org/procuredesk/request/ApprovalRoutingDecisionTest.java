package org.procuredesk.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The routing table {@code bpmn/approval-routing.dmn} on the plain DMN engine: each rule, its limits, its combinations. */
class ApprovalRoutingDecisionTest {

    static final BigDecimal IT_HEAD_LIMIT = new BigDecimal("5000.00");
    static final BigDecimal FINANCE_LIMIT = new BigDecimal("20000.00");
    static final BigDecimal SMALL = new BigDecimal("300.00");

    static DmnEngine dmnEngine;
    static DmnDecision approvalRouting;

    @BeforeAll
    static void parseTheTable() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = ApprovalRoutingDecisionTest.class.getResourceAsStream("/bpmn/approval-routing.dmn")) {
            approvalRouting = dmnEngine.parseDecision("approvalRouting", table);
        }
    }

    // one test per rule

    @Test
    void lineManagerApprovesEveryApplication() {
        assertThat(approvals(SMALL, "LAPTOP MOUSE")).containsExactly("LINE_MANAGER");
    }

    @Test
    void totalAboveTheItHeadLimitNeedsTheItHead() {
        assertThat(approvals(new BigDecimal("5000.01"), "LAPTOP")).containsExactly("LINE_MANAGER", "IT_HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERVER", "NETWORK_EQUIPMENT", "SOFTWARE"})
    void serverNetworkGearAndSoftwareNeedTheItHeadWhateverTheyCost(String category) {
        assertThat(approvals(SMALL, category)).containsExactly("LINE_MANAGER", "IT_HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"REMOVABLE_MEDIA", "HARD_DISK", "DRIVE"})
    void dataCarryingDevicesNeedSecurity(String category) {
        assertThat(approvals(SMALL, category)).containsExactly("LINE_MANAGER", "SECURITY");
    }

    @Test
    void unapprovedSoftwareNeedsSecurity() {
        assertThat(approvals(SMALL, "LAPTOP", "PLANNED", true)).containsExactly("LINE_MANAGER", "SECURITY");
    }

    @Test
    void totalAboveTheFinanceLimitNeedsFinance() {
        assertThat(approvals(new BigDecimal("20000.01"), "LAPTOP"))
                .containsExactly("LINE_MANAGER", "IT_HEAD", "FINANCE");
    }

    // boundaries

    @Test
    void totalExactlyAtTheItHeadLimitNeedsOnlyTheLineManager() {
        assertThat(approvals(IT_HEAD_LIMIT, "LAPTOP")).containsExactly("LINE_MANAGER");
    }

    @Test
    void totalExactlyAtTheFinanceLimitStaysWithTheItHead() {
        assertThat(approvals(FINANCE_LIMIT, "LAPTOP")).containsExactly("LINE_MANAGER", "IT_HEAD");
    }

    @Test
    void limitsComeFromTheCallerNotFromTheTable() {
        assertThat(approvals(new BigDecimal("1500"), "LAPTOP", "PLANNED", false, new BigDecimal("1000"), new BigDecimal("1400")))
                .containsExactly("LINE_MANAGER", "IT_HEAD", "FINANCE");
        assertThat(approvals(new BigDecimal("1500"), "LAPTOP", "PLANNED", false, new BigDecimal("1500"), new BigDecimal("1500")))
                .containsExactly("LINE_MANAGER");
    }

    // combinations

    @Test
    void oneMatchingLineAmongOthersIsEnough() {
        assertThat(approvals(SMALL, "LAPTOP MONITOR DRIVE")).containsExactly("LINE_MANAGER", "SECURITY");
        assertThat(approvals(SMALL, "MOUSE SERVER KEYBOARD")).containsExactly("LINE_MANAGER", "IT_HEAD");
    }

    @Test
    void categoriesAreMatchedAsWholeNamesSoAPrintServerIsNoServer() {
        assertThat(approvals(SMALL, "PRINT_SERVER NETWORK_CARD UPS_BATTERY")).containsExactly("LINE_MANAGER");
    }

    @Test
    void approvedSoftwareNeedsOnlyTheItHead() {
        assertThat(approvals(SMALL, "SOFTWARE", "PLANNED", false)).containsExactly("LINE_MANAGER", "IT_HEAD");
    }

    @Test
    void unapprovedSoftwareNeedsBothTheItHeadAndSecurity() {
        assertThat(approvals(SMALL, "SOFTWARE", "PLANNED", true)).containsExactly("LINE_MANAGER", "IT_HEAD", "SECURITY");
    }

    @Test
    void expensiveServerWithRemovableMediaAndUnapprovedSoftwareNeedsAllFourInApprovalOrder() {
        List<String> approvals = approvals(new BigDecimal("25000"), "SERVER REMOVABLE_MEDIA SOFTWARE", "URGENT", true);

        // COLLECT lists an approval once per rule that asks for it; the rules stand in approval order
        assertThat(approvals).containsExactly("LINE_MANAGER", "IT_HEAD", "IT_HEAD", "SECURITY", "SECURITY", "FINANCE");
        assertThat(approvals.stream().distinct()).containsExactly("LINE_MANAGER", "IT_HEAD", "SECURITY", "FINANCE");
    }

    @Test
    void urgencyDoesNotChangeTheRouting() {
        assertThat(approvals(new BigDecimal("6000"), "HARD_DISK", "URGENT", false))
                .isEqualTo(approvals(new BigDecimal("6000"), "HARD_DISK", "PLANNED", false))
                .containsExactly("LINE_MANAGER", "IT_HEAD", "SECURITY");
    }

    @Test
    void applicationWithoutCategoriesNeedsOnlyTheLineManager() {
        assertThat(approvals(SMALL, "")).containsExactly("LINE_MANAGER");
    }

    private List<String> approvals(BigDecimal total, String categories) {
        return approvals(total, categories, "PLANNED", false);
    }

    private List<String> approvals(BigDecimal total, String categories, String urgency, boolean unapprovedSoftware) {
        return approvals(total, categories, urgency, unapprovedSoftware, IT_HEAD_LIMIT, FINANCE_LIMIT);
    }

    private List<String> approvals(BigDecimal total, String categories, String urgency, boolean unapprovedSoftware,
            BigDecimal itHeadLimit, BigDecimal financeLimit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("total", total);
        variables.put("categories", categories);
        variables.put("urgency", urgency);
        variables.put("unapprovedSoftware", unapprovedSoftware);
        variables.put("itHeadLimit", itHeadLimit);
        variables.put("financeLimit", financeLimit);
        return dmnEngine.evaluateDecisionTable(approvalRouting, variables).collectEntries("approval");
    }
}
