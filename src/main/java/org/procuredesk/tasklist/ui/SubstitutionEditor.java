package org.procuredesk.tasklist.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.LocalizedDates;
import org.procuredesk.tasklist.SubstitutionForm;

/**
 * Who stands in for the signed-in person, from which day to which. It calls no service: the section it is
 * in reads its {@link #value()} and shows the service's refusals on the fields they name
 * ({@code substitute}, {@code firstDay}, {@code lastDay}).
 */
class SubstitutionEditor extends FormLayout implements FieldErrors {

    private final ComboBox<PersonSummary> substitute = new ComboBox<>();
    private final DatePicker firstDay = new DatePicker();
    private final DatePicker lastDay = new DatePicker();
    private final Map<String, HasValidation> fields = Map.of("substitute", substitute, "firstDay", firstDay,
            "lastDay", lastDay);

    SubstitutionEditor(List<PersonSummary> possibleSubstitutes, LocalDate today) {
        substitute.setId("substitute");
        substitute.setLabel(getTranslation("substitution.substitute"));
        substitute.setItems(possibleSubstitutes);
        substitute.setItemLabelGenerator(PersonSummary::fullName);
        firstDay.setId("substitution-first-day");
        firstDay.setLabel(getTranslation("substitution.firstDay"));
        LocalizedDates.localize(firstDay, getLocale(), "substitution.inThePast");
        lastDay.setId("substitution-last-day");
        lastDay.setLabel(getTranslation("substitution.lastDay"));
        LocalizedDates.localize(lastDay, getLocale(), "substitution.inThePast");
        lastDay.setMin(today);
        add(substitute, firstDay, lastDay);
    }

    /** What is entered, as it is: the service decides what is missing or wrong. Clears the refusals shown before. */
    SubstitutionForm value() {
        fields.values().forEach(field -> field.setInvalid(false));
        PersonSummary chosen = substitute.getValue();
        return new SubstitutionForm(chosen == null ? null : chosen.username(), firstDay.getValue(),
                lastDay.getValue());
    }

    void clear() {
        substitute.clear();
        firstDay.clear();
        lastDay.clear();
    }

    @Override
    public boolean showError(String field, String message) {
        HasValidation refused = fields.get(field);
        if (refused == null) {
            return false;
        }
        refused.setErrorMessage(message);
        refused.setInvalid(true);
        return true;
    }
}
