package org.procuredesk.repair;

import java.time.LocalDate;
import java.util.List;
import org.procuredesk.request.EquipmentCategory;

/**
 * What the repair SLA report shows: how repairs kept the agreement to restore assets, and which warranties end soon.
 */
public final class RepairSla {

    /** The windows, in days from today, the report counts expiring warranties in; the widest is the horizon. */
    public static final List<Integer> WARRANTY_WINDOWS = List.of(30, 60, 90);
    static final int WARRANTY_HORIZON_DAYS = 90;
    /** The supplier a case is counted under when its asset's supplier was not recorded. */
    public static final String UNKNOWN_SUPPLIER = "unknown";

    private RepairSla() {
    }

    /**
     * The report of the cases reported between two days, both included.
     *
     * @param openNow    the cases of the period not closed yet
     * @param breached   the cases closed after their agreement ran out, still open after it ran out, or escalated
     * @param overall    the restore times of every restored case of the period, as one group named {@code all}
     * @param warranties the assets whose warranty ends within the widest window from today, whatever the period
     */
    public record Report(LocalDate from, LocalDate to, int reported, int openNow, int breached,
                         RestoreTimes<String> overall, List<RestoreTimes<EquipmentCategory>> byCategory,
                         List<RestoreTimes<String>> bySupplier, ExpiringWarranties warranties) {
    }

    /**
     * How long the closed cases of a group that restored their asset took, from the reported fault to the closed
     * case.
     *
     * @param restored       the cases that restored their asset
     * @param withinSla      those of them that did so within the agreed days
     * @param shareWithinSla {@code withinSla} of {@code restored}, from 0 to 1; 0 when none was restored
     */
    public record RestoreTimes<G>(G group, int restored, int withinSla, double averageHours, double averageDays,
                                  double shareWithinSla) {
    }

    /** The assets whose warranty ends soon, soonest first, counted per window. */
    public record ExpiringWarranties(int within30Days, int within60Days, int within90Days,
                                     List<ExpiringWarranty> assets) {

        static ExpiringWarranties of(List<ExpiringWarranty> soonestFirst) {
            return new ExpiringWarranties(within(soonestFirst, 30).size(), within(soonestFirst, 60).size(),
                    within(soonestFirst, 90).size(), soonestFirst);
        }

        /** The assets whose warranty ends within the days. */
        public List<ExpiringWarranty> within(int days) {
            return within(assets, days);
        }

        private static List<ExpiringWarranty> within(List<ExpiringWarranty> assets, int days) {
            return assets.stream().filter(asset -> asset.daysLeft() <= days).toList();
        }
    }

    /**
     * An asset whose warranty ends soon.
     *
     * @param warrantyEnd the last day covered, an extension included
     * @param daysLeft    from today to that day; 0 when it is today
     */
    public record ExpiringWarranty(String inventoryNumber, String serialNumber, EquipmentCategory category,
                                   String model, String supplier, String holderName, LocalDate warrantyEnd,
                                   long daysLeft) {
    }
}
