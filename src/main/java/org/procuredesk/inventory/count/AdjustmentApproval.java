package org.procuredesk.inventory.count;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.inventory.count.InventoryCountProcess.Decision;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The IT head approves a count's differences, all or leaving some out (saying why), and they become documents at
 * once; or sends the count back to be counted again, saying what to check. A refused decision changes nothing.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('IT_HEAD')")
public class AdjustmentApproval {

    private final InventoryCountRepository counts;
    private final CountLineRepository lines;
    private final AdjustmentDocuments documents;
    private final TaskActions taskActions;
    private final Clock clock;

    AdjustmentApproval(InventoryCountRepository counts, CountLineRepository lines, AdjustmentDocuments documents,
                       TaskActions taskActions, Clock clock) {
        this.counts = counts;
        this.lines = lines;
        this.documents = documents;
        this.taskActions = taskActions;
        this.clock = clock;
    }

    /** @param excludedLineIds the differences left out of the adjustments, only on approval */
    public void decide(String taskId, @NotNull(message = "{validation.required}") Decision decision,
                       Set<Long> excludedLineIds, @Size(max = 2000, message = "{validation.tooLong}") String comment) {
        String me = CurrentUser.username();
        Set<Long> excluded = excludedLineIds == null ? Set.of() : excludedLineIds;
        String remark = comment == null || comment.isBlank() ? null : comment.strip();
        Task task = taskActions.actionable(taskId, me, Set.of(InventoryCountProcess.APPROVE_ADJUSTMENTS));
        InventoryCount count = counts.lockByNumber(counts.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow().number()).orElseThrow();
        if (decision == Decision.RECOUNT) {
            if (remark == null) {
                throw DomainException.ofField("comment", "inventoryCount.recountNeedsComment");
            }
            count.sendBackForRecount();
            lines.findByCountIdOrderByExpectedDescIdAsc(count.id()).forEach(CountLine::reopen);
        } else {
            approve(count, excluded, remark, me);
        }
        taskActions.complete(task, me, remark, Map.of(InventoryCountProcess.VAR_DECISION, decision.name()));
    }

    private void approve(InventoryCount count, Set<Long> excluded, String remark, String me) {
        List<CountLine> differences = lines.findByCountIdOrderByExpectedDescIdAsc(count.id()).stream()
                .filter(line -> line.difference() != null).toList();
        if (!differences.stream().map(CountLine::id).toList().containsAll(excluded)) {
            throw DomainException.ofField("excluded", "inventoryCount.noSuchLine", String.valueOf(excluded));
        }
        if (!excluded.isEmpty() && remark == null) {
            throw DomainException.ofField("comment", "inventoryCount.exclusionNeedsComment");
        }
        differences.stream().filter(line -> excluded.contains(line.id()))
                .forEach(line -> line.resolve(Resolution.EXCLUDED, null));
        String adjustment = documents.make(count,
                differences.stream().filter(line -> !excluded.contains(line.id())).toList(), me);
        count.approve(me, clock.instant().truncatedTo(ChronoUnit.SECONDS), remark, adjustment);
    }
}
