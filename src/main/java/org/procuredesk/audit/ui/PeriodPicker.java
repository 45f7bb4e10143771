package org.procuredesk.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import org.procuredesk.system.ui.LocalizedDates;

/**
 * Two days, both included, the last 90 days unless chosen; tells when a whole period, first day not after the last,
 * is chosen.
 */
class PeriodPicker extends HorizontalLayout {

    static final int DEFAULT_DAYS = 90;

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    /**
     * @param idPrefix the pickers' ids are {@code <prefix>-from} and {@code <prefix>-to}
     * @param changed  run once another whole period is chosen
     */
    PeriodPicker(String idPrefix, LocalDate today, Runnable changed) {
        LocalizedDates.periodDay(from, idPrefix + "-from", "audit.from", today.minusDays(DEFAULT_DAYS - 1L));
        LocalizedDates.periodDay(to, idPrefix + "-to", "audit.to", today);
        from.addValueChangeListener(change -> tell(changed));
        to.addValueChangeListener(change -> tell(changed));
        add(from, to);
    }

    LocalDate from() {
        return from.getValue();
    }

    LocalDate to() {
        return to.getValue();
    }

    /** A whole period is chosen, its first day not after its last. */
    boolean isChosen() {
        return from.getValue() != null && to.getValue() != null && !from.getValue().isAfter(to.getValue());
    }

    private void tell(Runnable changed) {
        boolean reversed = from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue());
        from.setErrorMessage(reversed ? getTranslation("period.fromAfterTo") : null);
        from.setInvalid(reversed);
        if (isChosen()) {
            changed.run();
        }
    }
}
