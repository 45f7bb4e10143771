package org.procuredesk.repair.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.procuredesk.notification.Links;
import org.procuredesk.repair.RepairCases;
import org.procuredesk.repair.RepairForms;
import org.procuredesk.repair.RepairUrgency;
import org.procuredesk.repair.RepairView;
import org.procuredesk.system.ui.FieldsForm;
import org.procuredesk.system.ui.FormSubmission;

/**
 * Anyone reports a fault on equipment they hold (IT support on any asset), naming it by inventory or serial number;
 * the case's page follows. Opened with {@code ?asset=<inventory number>}, the asset is filled in.
 */
@Route("repairs/report")
@PermitAll
public class ReportFaultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ASSET_PARAMETER = "asset";

    private final TextField asset;

    public ReportFaultView(RepairCases cases) {
        FieldsForm form = new FieldsForm("repair");
        asset = form.field("asset", new TextField(getTranslation("repair.asset")));
        TextArea symptoms = form.field("symptoms", new TextArea(getTranslation("repair.symptoms")));
        symptoms.setMaxLength(2000);
        Select<RepairUrgency> urgency = form.field("urgency", new Select<>());
        urgency.setLabel(getTranslation("repair.urgency"));
        urgency.setItems(RepairUrgency.values());
        urgency.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        urgency.setValue(RepairUrgency.NORMAL);
        form.button("report", "repair.send", () -> cases.report(new RepairForms.FaultReport(asset.getValue(),
                symptoms.getValue(), urgency.getValue())), this::reported);
        add(new H2(getPageTitle()), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(ASSET_PARAMETER).ifPresent(asset::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("repair.reportTitle");
    }

    private void reported(RepairView repair) {
        FormSubmission.notifySuccess(getTranslation("repair.reportedNotice", repair.number()));
        getUI().ifPresent(ui -> ui.navigate(Links.repair(repair.id())));
    }
}
