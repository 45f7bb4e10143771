package org.procuredesk.repair.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.procuredesk.inventory.Holder;
import org.procuredesk.repair.RepairState;
import org.procuredesk.repair.RepairUrgency;
import org.procuredesk.repair.RepairView;
import org.procuredesk.request.EquipmentCategory;

/** Repair cases as the services show them, for the views' tests. */
final class Cases {

    static final String TASK_ID = "task-1";
    static final Instant REPORTED = Instant.parse("2026-11-20T08:00:00Z");
    static final LocalDate WARRANTY_UNTIL = LocalDate.of(2027, 1, 31);

    private Cases() {
    }

    /** Ana's laptop, reported and found under warranty. */
    static RepairView laptop(long id) {
        return laptop(id, null, null, null, null, null);
    }

    /** Ana's laptop sent to the service centre, and an application filed for it. */
    static RepairView dispatched(long id) {
        return laptop(id, "Compudava", "RMA-77", "DSP-2026-000003", 40L, "APP-2026-000040");
    }

    private static RepairView laptop(long id, String serviceCentre, String rma, String dispatchNumber,
                                     Long applicationId, String applicationNumber) {
        return new RepairView(id, "RPR-2026-00000" + id, "INV-2026-000001", EquipmentCategory.LAPTOP,
                Holder.employee("ana.requester"), "Ana Popescu", "The screen flickers", RepairUrgency.HIGH,
                RepairState.TO_DISPATCH, "ana.requester", "Ana Popescu", REPORTED, 5,
                REPORTED.plus(5, ChronoUnit.DAYS), WARRANTY_UNTIL, true, serviceCentre, rma, dispatchNumber,
                dispatchNumber == null ? null : REPORTED, null, null, null, null, null, null, null, applicationId,
                applicationNumber, null, false, null);
    }
}
