package org.procuredesk.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The columns and rows of the audit exports, the same in CSV and in PDF; only how times and kinds read differs. */
final class ExportRows {

    static final List<String> TRAIL_COLUMNS = List.of("at", "kind", "what", "who", "whoName", "detail");
    static final List<String> DECISION_COLUMNS = List.of("at", "businessKey", "processKey", "step", "who", "whoName",
            "decision", "comment");

    private ExportRows() {
    }

    static List<List<String>> trail(List<AuditViews.TrailEntry> trail, Function<Instant, String> time,
                                    Function<AuditViews.TrailKind, String> kind) {
        return trail.stream().map(entry -> row(time.apply(entry.at()), kind.apply(entry.kind()), entry.what(),
                entry.who(), entry.whoName(), entry.detail())).toList();
    }

    static List<List<String>> decisions(List<AuditViews.DecisionEntry> decisions, Function<Instant, String> time) {
        return decisions.stream().map(decision -> row(time.apply(decision.at()), decision.businessKey(),
                decision.processKey(), decision.step(), decision.who(), decision.whoName(), decision.decision(),
                decision.comment())).toList();
    }

    /** Empty cells for what is not known. */
    private static List<String> row(String... cells) {
        return Arrays.stream(cells).map(cell -> cell == null ? "" : cell).toList();
    }
}
