package org.procuredesk.inventory.count;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * IT support records what a count finds: which expected assets are there, and what else is, saved as often as it
 * likes while the count is being counted; then submits it. Each change locks the count, so two people recording
 * at once wait for each other and nothing is listed twice.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('IT_SUPPORT')")
public class CountRecording {

    private final InventoryCountRepository counts;
    private final CountLineRepository lines;
    private final FoundItems foundItems;
    private final TaskActions taskActions;
    private final Clock clock;

    CountRecording(InventoryCountRepository counts, CountLineRepository lines, FoundItems foundItems,
                   TaskActions taskActions, Clock clock) {
        this.counts = counts;
        this.lines = lines;
        this.foundItems = foundItems;
        this.taskActions = taskActions;
        this.clock = clock;
    }

    /** Marks the expected assets with these line ids found and the others not found. */
    public void save(String number, Set<Long> foundLineIds) {
        markFound(counting(number), foundLineIds);
    }

    /** Lists something found that is not on the list; refused when the count already lists it. */
    public void addFound(String number, @NotNull(message = "{validation.required}") @Valid FoundItem item) {
        InventoryCount count = counting(number);
        CountLine line = foundItems.lineFor(count.id(), item);
        if (lines.existsByCountIdAndIdentityKey(count.id(), line.identityKey())) {
            throw DomainException.ofField("inventoryNumber", "inventoryCount.alreadyListed",
                    line.inventoryNumber() == null ? item.serialNumber().strip() : line.inventoryNumber());
        }
        lines.saveAndFlush(line);
    }

    /** Takes back something listed as found besides the list. */
    public void removeFound(String number, long lineId) {
        InventoryCount count = counting(number);
        CountLine line = lines.findById(lineId).filter(found -> found.countId().equals(count.id()))
                .filter(found -> !found.isExpected())
                .orElseThrow(() -> new DomainException("inventoryCount.noSuchLine", String.valueOf(lineId)));
        lines.delete(line);
    }

    /** Saves what was found and submits the count behind the task, which then lists its differences. */
    public void submit(String taskId, Set<Long> foundLineIds) {
        String me = CurrentUser.username();
        Task task = taskActions.actionable(taskId, me, Set.of(InventoryCountProcess.RECORD_COUNT));
        InventoryCount count = counts.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
        markFound(counting(count.number()), foundLineIds);
        count.submit(me, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        taskActions.complete(task, me, null, Map.of());
    }

    private InventoryCount counting(String number) {
        InventoryCount count = counts.lockByNumber(number)
                .orElseThrow(() -> new DomainException("inventoryCount.notFound", number));
        count.requireCounting();
        return count;
    }

    private void markFound(InventoryCount count, Set<Long> foundLineIds) {
        Set<Long> found = foundLineIds == null ? Set.of() : foundLineIds;
        lines.findByCountIdOrderByExpectedDescIdAsc(count.id()).forEach(line -> line.markFound(found.contains(line.id())));
    }
}
