package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.procuredesk.budget.BudgetProperties.LimitPolicy;
import org.procuredesk.system.DomainException;

/** What each policy asks of an approval over the limit (the review applies it only when the total exceeds it). */
class LimitPolicyTest {

    static final BigDecimal TOTAL = new BigDecimal("5200.00");
    static final BigDecimal LIMIT = new BigDecimal("5000.00");

    @Test
    void warnLetsTheItHeadApproveOverTheLimitSayingWhy() {
        assertThatCode(() -> LimitPolicy.WARN.allowApproval(TOTAL, LIMIT, "Two printers broke at once"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LimitPolicy.WARN.allowApproval(TOTAL, LIMIT, "  "))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("budget.overLimitNeedsComment");
                    assertThat(refused.getField()).hasValue("comment");
                    assertThat(refused.getArguments()).containsExactly(TOTAL, LIMIT);
                });
    }

    @Test
    void stopMakesTheItHeadLeaveApplicationsOutWhateverTheComment() {
        assertThatThrownBy(() -> LimitPolicy.STOP.allowApproval(TOTAL, LIMIT, "Two printers broke at once"))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("budget.overLimitExcludeLines");
                    assertThat(refused.getField()).hasValue("excluded");
                });
    }
}
