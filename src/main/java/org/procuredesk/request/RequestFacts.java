package org.procuredesk.request;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the approval routing needs to know of an application.
 *
 * @param categories          the categories of its lines, each once, in line order
 * @param softwareProducts    the products named on its SOFTWARE lines
 */
public record RequestFacts(Long requestId, String number, String requesterUsername, Long departmentId,
                           BigDecimal total, Urgency urgency, List<EquipmentCategory> categories,
                           List<String> softwareProducts) {
}
