package org.procuredesk.inventory.count;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts as the IT head, IT support, its head and auditors read them: in the UI, over REST, and in the task forms. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('IT_HEAD', 'IT_SUPPORT', 'IT_SUPPORT_HEAD', 'AUDITOR')")
public class InventoryCounts {

    private final InventoryCountRepository counts;
    private final CountViews views;
    private final CountLocations locations;
    private final TaskActions taskActions;

    InventoryCounts(InventoryCountRepository counts, CountViews views, CountLocations locations,
                    TaskActions taskActions) {
        this.counts = counts;
        this.views = views;
        this.locations = locations;
        this.taskActions = taskActions;
    }

    /** Every count, the latest ordered first. */
    public List<CountSummary> list() {
        return counts.findAllByOrderByOrderedAtDescIdDesc().stream().map(views::summary).toList();
    }

    public CountDetail detail(String number) {
        return views.detail(counts.findByNumber(number)
                .orElseThrow(() -> new DomainException("inventoryCount.notFound", number)));
    }

    /** The count a record or approval task is about, to whoever may act on the task. */
    public CountDetail ofTask(String taskId) {
        Task task = taskActions.actionable(taskId, CurrentUser.username(),
                Set.of(InventoryCountProcess.RECORD_COUNT, InventoryCountProcess.APPROVE_ADJUSTMENTS));
        return views.detail(counts.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow());
    }

    /** The places a count may be ordered for. */
    public List<CountLocation> locations() {
        return locations.choices();
    }
}
