package org.procuredesk.budget;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Takes into a draft everything every source has waiting for its kind of budget that no other budget holds: not
 * what an unapproved budget includes or left out, nor what an approved one has still to tell, nor what was moved
 * out of this one.
 */
@Component
class BudgetIntake {

    private final BudgetLineRepository lines;
    private final BudgetLineWriter writer;
    private final BudgetSources sources;

    BudgetIntake(BudgetLineRepository lines, BudgetLineWriter writer, BudgetSources sources) {
        this.lines = lines;
        this.writer = writer;
        this.sources = sources;
    }

    /** @return how many lines it took in */
    int takeIn(Budget budget) {
        Set<SourceReference> taken = lines.holdings().stream().map(Holding::reference)
                .collect(Collectors.toCollection(HashSet::new));
        lines.findByBudgetIdOrderByIdAsc(budget.id()).forEach(line -> taken.add(line.reference()));
        List<BudgetCandidate> added = sources.waitingFor(budget.period().kind()).stream()
                .filter(candidate -> taken.add(new SourceReference(candidate.source(), candidate.referenceId())))
                .toList();
        writer.include(budget.id(), added);
        return added.size();
    }
}
