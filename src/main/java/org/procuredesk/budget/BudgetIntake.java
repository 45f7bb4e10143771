package org.procuredesk.budget;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.procuredesk.request.ApplicationBudgeting;
import org.procuredesk.request.WaitingApplication;
import org.springframework.stereotype.Component;

/**
 * Takes into a draft every application waiting for its kind of budget that no other budget holds: not those an
 * unapproved budget includes or left out, nor those an approved one has still to tell, nor those moved out of this
 * one.
 */
@Component
class BudgetIntake {

    private final BudgetLineRepository lines;
    private final ApplicationBudgeting applications;

    BudgetIntake(BudgetLineRepository lines, ApplicationBudgeting applications) {
        this.lines = lines;
        this.applications = applications;
    }

    /** @return how many applications it took in */
    int takeIn(Budget budget) {
        Set<Long> taken = lines.holdings().stream().map(Holding::requestId).collect(Collectors.toCollection(HashSet::new));
        lines.findByBudgetIdOrderByIdAsc(budget.id()).forEach(line -> taken.add(line.requestId()));
        int added = 0;
        for (WaitingApplication application : applications.waiting(budget.period().kind().urgency())) {
            if (taken.add(application.requestId())) {
                lines.save(new BudgetLine(budget.id(), application));
                added++;
            }
        }
        return added;
    }
}
