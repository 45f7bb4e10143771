package org.procuredesk.request.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.procuredesk.request.RequestStatus;
import org.procuredesk.request.RequestView;

/** What the requester may do with their own application: take up a draft again, or withdraw it after confirming. */
class RequesterActions extends HorizontalLayout {

    RequesterActions(RequestView application, boolean mine, Runnable withdraw) {
        if (mine && application.status() == RequestStatus.DRAFT) {
            Button edit = new Button(getTranslation("action.edit"),
                    click -> UI.getCurrent().navigate(ApplicationDetailView.path(application.id()) + "/edit"));
            edit.setId("application-edit");
            add(edit);
        }
        if (mine && application.status().isWithdrawable()) {
            Button withdrawal = new Button(getTranslation("request.withdraw"),
                    click -> new WithdrawalConfirmation(application.number(), withdraw).open());
            withdrawal.setId("application-withdraw");
            add(withdrawal);
        }
    }
}
