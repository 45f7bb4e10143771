package org.procuredesk.repair;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.procuredesk.inventory.Holder;
import org.procuredesk.request.EquipmentCategory;

/**
 * A repair case as lists, forms and the API show it.
 *
 * @param warrantyUntil   the last day the warranty (extension included) covered, once checked
 * @param underWarranty   whether it covered the day the fault was reported; none until checked
 * @param takenInDocument the movement document that took the asset in for repair, if one was needed
 * @param breached        whether the asset was not working again within the agreed days
 */
public record RepairView(Long id, String number, String inventoryNumber, EquipmentCategory category, Holder holder,
                         String holderName, String symptoms, RepairUrgency urgency, RepairState state,
                         String reportedBy, String reportedByName, Instant reportedAt, int slaDays, Instant slaDueAt,
                         LocalDate warrantyUntil, Boolean underWarranty, String serviceCentre, String rmaNumber,
                         String dispatchNumber, Instant dispatchedAt, String takenInDocument,
                         String loanerInventoryNumber, RepairOutcome outcome, String outcomeNote,
                         String replacementSerialNumber, OutOfWarrantyDecision outOfWarrantyDecision,
                         BigDecimal estimatedCost, Long applicationId, String applicationNumber,
                         String writeOffNumber, boolean breached, Instant closedAt) {
}
