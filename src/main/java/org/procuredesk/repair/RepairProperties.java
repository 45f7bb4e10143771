package org.procuredesk.repair;

import java.util.Map;
import org.procuredesk.request.EquipmentCategory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repairs are timed.
 *
 * @param slaDays               the days within which a faulty asset must work again (the service-level agreement),
 *                              for a category not named in {@code slaDaysByCategory}
 * @param slaDaysByCategory     the days for the categories whose agreement differs, e.g. {@code SERVER: 2}
 * @param reminderDaysBefore    how many days before the agreement runs out IT support is reminded to chase the
 *                              service centre
 * @param replacementNeededDays in how many days an application a repair files (a paid repair, a replacement) needs
 *                              its equipment
 */
@ConfigurationProperties("procuredesk.repair")
public record RepairProperties(
        @DefaultValue("14") int slaDays,
        Map<EquipmentCategory, Integer> slaDaysByCategory,
        @DefaultValue("2") int reminderDaysBefore,
        @DefaultValue("14") int replacementNeededDays) {

    public RepairProperties {
        slaDaysByCategory = slaDaysByCategory == null ? Map.of() : Map.copyOf(slaDaysByCategory);
    }

    /** The agreed days to restore an asset of the category. */
    public int slaDaysOf(EquipmentCategory category) {
        return slaDaysByCategory.getOrDefault(category, slaDays);
    }
}
