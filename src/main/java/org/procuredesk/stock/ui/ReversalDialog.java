package org.procuredesk.stock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.procuredesk.stock.StockForms;
import org.procuredesk.stock.StockLedger;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/** Asks why a stock document is reversed and reverses it; a refusal (already reversed, stock short) shows here. */
class ReversalDialog extends Dialog {

    private final TextArea reason = new TextArea();

    /** @param reversed runs once the reversal is recorded */
    ReversalDialog(String number, StockLedger ledger, Runnable reversed) {
        setId("stock-reversal");
        setHeaderTitle(getTranslation("stockDocument.reverseTitle", number));
        reason.setId("stock-reversal-reason");
        reason.setLabel(getTranslation("stockDocument.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button reverse = new Button(getTranslation("stockDocument.reverse"), click -> {
            reason.setInvalid(false);
            if (FormSubmission.ran(FieldErrors.of("reason", reason), FormSubmission.refusalsOn("reason",
                    () -> ledger.reverse(number, new StockForms.Reversal(reason.getValue()))))) {
                FormSubmission.notifySuccess(getTranslation("stockDocument.reversed", number));
                close();
                reversed.run();
            }
        });
        reverse.setId("stock-reversal-save");
        reverse.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(reason, new HorizontalLayout(cancel, reverse));
    }
}
