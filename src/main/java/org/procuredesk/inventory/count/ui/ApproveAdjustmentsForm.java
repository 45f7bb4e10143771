package org.procuredesk.inventory.count.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.inventory.count.AdjustmentApproval;
import org.procuredesk.inventory.count.CountDetail;
import org.procuredesk.inventory.count.CountLineView;
import org.procuredesk.inventory.count.InventoryCountProcess;
import org.procuredesk.inventory.count.InventoryCountProcess.Decision;
import org.procuredesk.inventory.count.InventoryCounts;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.CommentedActions;
import org.procuredesk.system.ui.TaskForm;

/**
 * The IT head's form: the count's differences, those ticked left out of the adjustments, approved with a comment
 * (needed when some are left out), or the count sent back for a recount saying what to check.
 */
@SpringComponent
class ApproveAdjustmentsForm implements TaskForm {

    private final InventoryCounts counts;
    private final AdjustmentApproval approval;
    private final Formats formats;

    ApproveAdjustmentsForm(InventoryCounts counts, AdjustmentApproval approval, Formats formats) {
        this.counts = counts;
        this.approval = approval;
        this.formats = formats;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return InventoryCountProcess.APPROVE_ADJUSTMENTS.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        CountDetail count = counts.ofTask(task.getId());
        CountLinesGrid differences = new CountLinesGrid("approve-differences", count.differences());
        differences.setSelectionMode(Grid.SelectionMode.MULTI);
        CommentedActions actions = new CommentedActions("adjustments", completed)
                .action("approve", "inventoryCount.approve",
                        comment -> approval.decide(task.getId(), Decision.APPROVED, excluded(differences), comment))
                .action("recount", "inventoryCount.recount",
                        comment -> approval.decide(task.getId(), Decision.RECOUNT, Set.of(), comment));
        VerticalLayout form = new VerticalLayout(new CountFacts(count.summary(), formats),
                new Paragraph(differences.getTranslation("inventoryCount.excludeHint")), differences, actions);
        form.setPadding(false);
        return form;
    }

    private static Set<Long> excluded(Grid<CountLineView> differences) {
        return differences.getSelectedItems().stream().map(CountLineView::id).collect(Collectors.toSet());
    }
}
