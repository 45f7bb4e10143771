package org.procuredesk.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.Urgency;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.Choices;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.LocalizedDates;

/**
 * An application as the requester enters it: where, why, by when, how urgently, and its lines. It calls no
 * service; the page it is on reads its {@link #value()} and shows the service's refusals on its fields,
 * each field named as the form names it ({@code justification}, {@code lines[0].quantity}).
 */
class ApplicationEditor extends VerticalLayout implements FieldErrors {

    private final ComboBox<Long> deliveryBranchId = new ComboBox<>();
    private final JustificationField justification = new JustificationField();
    private final DatePicker neededBy = new DatePicker();
    private final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();
    private final LinesEditor lines;
    private final Map<String, HasValidation> header = Map.of("deliveryBranchId", deliveryBranchId,
            "justification", justification, "neededBy", neededBy, "urgency", urgency);

    ApplicationEditor(List<BranchSummary> branches, LocalDate today, Formats formats) {
        this.lines = new LinesEditor(formats);
        setId("application-editor");
        setPadding(false);
        Choices.offer(deliveryBranchId, branches, BranchSummary::id, BranchSummary::name);
        LocalizedDates.localize(neededBy, getLocale(), "request.neededByInThePast");
        neededBy.setMin(today);
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        FormLayout fields = new FormLayout(place(deliveryBranchId, "deliveryBranchId"), place(neededBy, "neededBy"),
                place(justification, "justification"), place(urgency, "urgency"));
        fields.setColspan(justification, 2);
        add(fields, lines);
    }

    void show(RequestForm form) {
        deliveryBranchId.setValue(form.deliveryBranchId());
        justification.setValue(form.justification() == null ? "" : form.justification());
        neededBy.setValue(form.neededBy());
        urgency.setValue(form.urgency());
        lines.show(form.lines());
    }

    /** What is entered, as it is: the service decides what is missing or wrong. Clears the refusals shown before. */
    RequestForm value() {
        header.values().forEach(field -> field.setInvalid(false));
        lines.clearErrors();
        return new RequestForm(deliveryBranchId.getValue(), justification.getValue(), neededBy.getValue(),
                urgency.getValue(), lines.value());
    }

    @Override
    public boolean showError(String field, String message) {
        HasValidation headerField = header.get(field);
        if (headerField == null) {
            return lines.showError(field, message);
        }
        headerField.setErrorMessage(message);
        headerField.setInvalid(true);
        return true;
    }

    /** Gives a header field its id {@code request-<name>} and its label {@code request.<name>}. */
    private <F extends Component & HasLabel> F place(F field, String name) {
        field.setId("request-" + name);
        field.setLabel(getTranslation("request." + name));
        return field;
    }
}
