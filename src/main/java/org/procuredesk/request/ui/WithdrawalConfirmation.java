package org.procuredesk.request.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks the requester to confirm before an application is withdrawn: a withdrawal cannot be undone. */
class WithdrawalConfirmation extends ConfirmDialog {

    WithdrawalConfirmation(String number, Runnable withdraw) {
        setId("withdraw-confirm");
        setHeader(getTranslation("request.withdraw.title", number));
        setText(getTranslation("request.withdraw.text"));
        setConfirmText(getTranslation("request.withdraw"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(confirmed -> withdraw.run());
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
    }
}
