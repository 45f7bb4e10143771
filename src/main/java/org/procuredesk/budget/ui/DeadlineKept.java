package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;

/** Whether a budget was submitted by its deadline, in words. */
final class DeadlineKept {

    private DeadlineKept() {
    }

    /** @param kept true on time, false late, null not submitted yet */
    static String text(Component reader, Boolean kept) {
        if (kept == null) {
            return reader.getTranslation("budget.notSubmitted");
        }
        return reader.getTranslation(kept ? "budget.onTime" : "budget.late");
    }
}
