package org.procuredesk.approval.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.procuredesk.approval.ApprovalTasks;
import org.procuredesk.approval.BulkApproval;
import org.procuredesk.approval.BulkApprovalCandidate;
import org.procuredesk.system.Formats;
import org.procuredesk.system.MessageTexts;
import org.procuredesk.system.ui.BulkTaskAction;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/**
 * The task list's "approve selected": the approver sees the applications and their warnings in a dialog and
 * confirms; then each that may be is approved on its own.
 */
@SpringComponent
class BulkApprovalAction implements BulkTaskAction {

    /** The action has no fields: a refusal of the tasks chosen (too many) is told as it is, in the UI's language. */
    private static final FieldErrors NO_FIELDS = (field, message) -> false;

    private final BulkApproval bulkApproval;
    private final MessageTexts texts;
    private final Formats formats;

    BulkApprovalAction(BulkApproval bulkApproval, MessageTexts texts, Formats formats) {
        this.bulkApproval = bulkApproval;
        this.texts = texts;
        this.formats = formats;
    }

    @Override
    public String labelKey() {
        return "approval.bulk.action";
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApprovalTasks.of(taskDefinitionKey).isPresent();
    }

    @Override
    public void open(List<String> taskIds, Runnable afterwards) {
        FormSubmission.result(NO_FIELDS, () -> bulkApproval.preview(taskIds))
                .ifPresent(candidates -> confirm(candidates, afterwards));
    }

    private void confirm(List<BulkApprovalCandidate> candidates, Runnable afterwards) {
        List<String> taskIds = candidates.stream().map(BulkApprovalCandidate::taskId).toList();
        new BulkApprovalDialog(candidates, texts, formats, () -> bulkApproval.approve(taskIds, true), afterwards).open();
    }
}
