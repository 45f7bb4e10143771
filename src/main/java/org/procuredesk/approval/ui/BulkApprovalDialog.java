package org.procuredesk.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Supplier;
import org.procuredesk.approval.BulkApprovalCandidate;
import org.procuredesk.approval.BulkApprovalOutcome;
import org.procuredesk.system.Formats;
import org.procuredesk.system.Message;
import org.procuredesk.system.MessageTexts;

/**
 * The approver's confirmation of a bulk approval: each application with its requester, total and warnings,
 * and how many of them can be approved. Confirm approves those; a notification then says what became of all.
 */
class BulkApprovalDialog extends Dialog {

    private final MessageTexts texts;
    private final Supplier<List<BulkApprovalOutcome>> approve;
    private final Runnable afterwards;

    /** @param approve approves the tasks, once confirmed, and says what became of each */
    BulkApprovalDialog(List<BulkApprovalCandidate> candidates, MessageTexts texts, Formats formats,
                       Supplier<List<BulkApprovalOutcome>> approve, Runnable afterwards) {
        this.texts = texts;
        this.approve = approve;
        this.afterwards = afterwards;
        setId("bulk-approval-dialog");
        setHeaderTitle(getTranslation("approval.bulk.title"));
        setWidth("70em");
        long approvable = candidates.stream().filter(BulkApprovalCandidate::approvable).count();
        Paragraph summary = new Paragraph(texts.write(Message.of("approval.bulk.approvable", approvable, candidates.size()),
                getLocale()));
        summary.setId("bulk-approval-summary");
        VerticalLayout content = new VerticalLayout(grid(candidates, formats), summary, buttons(approvable > 0));
        content.setPadding(false);
        add(content);
    }

    private Grid<BulkApprovalCandidate> grid(List<BulkApprovalCandidate> candidates, Formats formats) {
        Grid<BulkApprovalCandidate> grid = new Grid<>();
        grid.setId("bulk-approval-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(BulkApprovalCandidate::applicationNumber).setHeader(getTranslation("request.number"));
        grid.addColumn(BulkApprovalCandidate::requester).setHeader(getTranslation("request.requester"));
        grid.addColumn(candidate -> candidate.total() == null ? "" : formats.money(candidate.total(), getLocale()))
                .setHeader(getTranslation("request.total"));
        grid.addComponentColumn(candidate -> new WarningBadges(candidate.refusal() == null ? candidate.warnings()
                        : List.of(candidate.refusal()), texts))
                .setHeader(getTranslation("approval.bulk.warnings")).setFlexGrow(3);
        grid.setItems(candidates);
        return grid;
    }

    private HorizontalLayout buttons(boolean anyApprovable) {
        Button confirm = new Button(getTranslation("approval.bulk.confirm"), click -> confirm());
        confirm.setId("confirm-bulk-approval");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(anyApprovable);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("cancel-bulk-approval");
        return new HorizontalLayout(confirm, cancel);
    }

    private void confirm() {
        List<BulkApprovalOutcome> outcomes = approve.get();
        close();
        tell(outcomes);
        afterwards.run();
    }

    private void tell(List<BulkApprovalOutcome> outcomes) {
        long approved = outcomes.stream().filter(BulkApprovalOutcome::approved).count();
        List<Message> left = outcomes.stream().filter(outcome -> !outcome.approved())
                .map(outcome -> Message.of("approval.bulk.leftOver",
                        outcome.applicationNumber() == null ? outcome.taskId() : outcome.applicationNumber(),
                        outcome.reason()))
                .toList();
        Message result = left.isEmpty() ? Message.of("approval.bulk.done", approved)
                : Message.of("approval.bulk.doneWithRest", approved, left.size(), left);
        Notification told = Notification.show(texts.write(result, getLocale()), left.isEmpty() ? 5000 : 10000,
                Notification.Position.BOTTOM_START);
        told.setId("bulk-approval-result");
        told.addThemeVariants(left.isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
    }
}
