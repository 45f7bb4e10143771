package org.procuredesk.stock.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.HashMap;
import java.util.Map;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/**
 * A one-line stock document in a row of fields: what the form records, and a button that records it. A refusal
 * shows on the field it names, one that names none (not enough stock) on the quantity.
 */
abstract class StockDocumentForm extends HorizontalLayout implements FieldErrors {

    /** Where a refusal naming no field shows. */
    private static final String QUANTITY = "lines[0].quantity";

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final String prefix;
    protected final IntegerField quantity = new IntegerField();

    /** @param prefix gives the ids {@code <prefix>}, {@code <prefix>-quantity}, {@code <prefix>-save} */
    StockDocumentForm(String prefix) {
        this.prefix = prefix;
        setId(prefix);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        quantity.setId(prefix + "-quantity");
        quantity.setLabel(getTranslation("stock.quantityLabel"));
        showsErrorsOf(quantity, QUANTITY);
    }

    /** Refusals naming any of these fields of the document show on the component. */
    protected final void showsErrorsOf(HasValidation component, String... documentFields) {
        for (String field : documentFields) {
            fields.put(field, component);
        }
    }

    protected final <T> void configure(ComboBox<T> box, String idSuffix, String labelKey) {
        box.setId(prefix + "-" + idSuffix);
        box.setLabel(getTranslation(labelKey));
    }

    /** The quantity asked for; 0 when none is given, which the ledger refuses. */
    protected final int quantityGiven() {
        return quantity.getValue() == null ? 0 : quantity.getValue();
    }

    /**
     * Adds the fields and the button that records the document; once recorded, the quantity is cleared so the same
     * document is not recorded twice by a second click.
     *
     * @param record   records the document the fields describe
     * @param recorded runs once it is recorded
     */
    protected final void addWithSave(String labelKey, String successKey, Runnable record, Runnable recorded,
                                     Component... parts) {
        Button save = new Button(getTranslation(labelKey), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (FormSubmission.ran(this, FormSubmission.refusalsOn(QUANTITY, record))) {
                FormSubmission.notifySuccess(getTranslation(successKey));
                quantity.clear();
                recorded.run();
            }
        });
        save.setId(prefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(parts);
        add(save);
    }

    @Override
    public boolean showError(String field, String message) {
        return FieldErrors.showOn(fields, field, message);
    }
}
