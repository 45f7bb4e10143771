package org.procuredesk.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.procuredesk.people.DepartmentSummary;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** Finds a budget by its period, and adds up its lines against the period's limit. */
@Component
class BudgetRecords {

    private final BudgetRepository budgets;
    private final BudgetLineRepository lines;
    private final BudgetLimitRepository limits;
    private final BudgetSources sources;
    private final PeopleDirectory people;

    BudgetRecords(BudgetRepository budgets, BudgetLineRepository lines, BudgetLimitRepository limits,
                  BudgetSources sources, PeopleDirectory people) {
        this.budgets = budgets;
        this.lines = lines;
        this.limits = limits;
        this.sources = sources;
        this.people = people;
    }

    /** The budget of the period a key names; refused, translated, when the key is not a period or none is open. */
    Budget find(String period) {
        String key = BudgetPeriod.parse(period).key();
        return budgets.findByPeriodKey(key).orElseThrow(() -> new DomainException("budget.notFound", key));
    }

    BigDecimal limitOf(String period) {
        return limits.findByPeriodKey(period).map(BudgetLimit::amount).orElse(null);
    }

    BudgetTotals totals(Budget budget) {
        return totals(budget, lines.findByBudgetIdOrderByIdAsc(budget.id()));
    }

    BudgetTotals totals(Budget budget, List<BudgetLine> budgetLines) {
        List<BudgetLine> included = budgetLines.stream().filter(line -> line.state() == LineState.INCLUDED).toList();
        Map<Long, String> departments = departmentNames();
        Map<String, BigDecimal> byDepartment = included.stream().collect(Collectors.groupingBy(
                line -> departments.getOrDefault(line.departmentId(), "—"), TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, BudgetLine::amount, BigDecimal::add)));
        return new BudgetTotals(sum(included), limitOf(budget.periodKey()), included.size(),
                count(budgetLines, LineState.MOVED), count(budgetLines, LineState.EXCLUDED),
                sources.amountsByCategory(included), byDepartment);
    }

    Map<Long, String> departmentNames() {
        return people.departments().stream()
                .collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name, (one, other) -> one));
    }

    static BigDecimal sum(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int count(List<BudgetLine> lines, LineState state) {
        return (int) lines.stream().filter(line -> line.state() == state).count();
    }
}
