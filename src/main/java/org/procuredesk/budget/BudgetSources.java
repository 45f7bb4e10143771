package org.procuredesk.budget;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every {@link BudgetSource} of the application, by its code. */
@Component
class BudgetSources {

    private final List<BudgetSource> sources;
    private final Map<String, BudgetSource> byCode;

    BudgetSources(List<BudgetSource> sources) {
        this.sources = List.copyOf(sources);
        this.byCode = sources.stream().collect(Collectors.toUnmodifiableMap(BudgetSource::code, Function.identity()));
    }

    /** What every source has waiting for a budget of this kind, the longest waiting first. */
    List<BudgetCandidate> waitingFor(BudgetKind kind) {
        return sources.stream().flatMap(source -> source.waitingFor(kind).stream())
                .sorted(Comparator.comparing(BudgetCandidate::waitingSince,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The source of a line; a line whose source the application no longer has cannot be told, and says so. */
    BudgetSource of(String code) {
        BudgetSource source = byCode.get(code);
        if (source == null) {
            throw new IllegalStateException("No budget source '" + code + "' to tell of its budget line; known: "
                    + byCode.keySet());
        }
        return source;
    }

    /**
     * The included lines' amounts by category, as message keys: as each source breaks its own down, or, for a
     * source that does not, under the source's name.
     */
    Map<String, BigDecimal> amountsByCategory(List<BudgetLine> included) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        included.stream().collect(Collectors.groupingBy(BudgetLine::source)).forEach((code, lines) -> {
            BudgetSource source = byCode.get(code);
            Map<String, BigDecimal> bySource = source == null ? Map.of()
                    : source.amountsByCategory(lines.stream().map(BudgetLine::referenceId).toList());
            if (bySource.isEmpty()) {
                bySource = Map.of(sourceKey(code), BudgetRecords.sum(lines));
            }
            bySource.forEach((category, amount) -> amounts.merge(category, amount, BigDecimal::add));
        });
        return amounts;
    }

    /** The message key of a source's name, e.g. {@code budget.source.APPLICATION}. */
    static String sourceKey(String code) {
        return "budget.source." + code;
    }
}
