package org.procuredesk.request;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of applications and of their approval routing.
 *
 * @param unitPriceCeiling  no estimated unit price may reach it
 * @param itHeadLimit       above this total the IT head approves too
 * @param financeLimit      above this total finance approves too
 * @param approvedSoftware  software that needs no security approval (product names, case-insensitive)
 * @param similarApplicationDays an approver is warned of the requester's other applications submitted within
 *                          this many days that ask for a category in common
 */
@ConfigurationProperties("procuredesk.requests")
public record RequestProperties(
        @DefaultValue("100000") BigDecimal unitPriceCeiling,
        @DefaultValue("5000") BigDecimal itHeadLimit,
        @DefaultValue("20000") BigDecimal financeLimit,
        @DefaultValue List<String> approvedSoftware,
        @DefaultValue("90") int similarApplicationDays) {

    public boolean isApprovedSoftware(String product) {
        return product != null && approvedSoftware.stream().anyMatch(approved -> approved.equalsIgnoreCase(product.trim()));
    }
}
