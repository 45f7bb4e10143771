package org.procuredesk.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;

/** One line of an application being entered: what, how many, at what estimated unit price. */
class LineEditor extends FormLayout {

    private final ComboBox<EquipmentCategory> category = new ComboBox<>();
    private final TextField description = new TextField();
    private final IntegerField quantity = new IntegerField();
    private final BigDecimalField estimatedUnitPrice = new BigDecimalField();
    private final TextField preferredModel = new TextField();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final Map<String, Component> fields = Map.of("category", category, "description", description,
            "quantity", quantity, "estimatedUnitPrice", estimatedUnitPrice, "preferredModel", preferredModel);

    LineEditor(LineForm line, Runnable changed, Consumer<LineEditor> removed) {
        category.setItems(EquipmentCategory.values());
        category.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        description.setMaxLength(500);
        quantity.setMin(1);
        quantity.setMax(1000);
        quantity.setStepButtonsVisible(true);
        quantity.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("validation.quantity"))
                .setMaxErrorMessage(getTranslation("validation.quantity")));
        preferredModel.setMaxLength(200);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("line.remove"));
        remove.addClickListener(click -> removed.accept(this));
        fields.forEach((name, field) -> ((HasValue<?, ?>) field).addValueChangeListener(change -> changed.run()));
        add(category, description, quantity, estimatedUnitPrice, preferredModel, remove);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3), new ResponsiveStep("70em", 6));
        show(line);
    }

    /** Names the line's fields by its place in the application: ids {@code line-<index>-<field>}. */
    void number(int index) {
        fields.forEach((name, field) -> field.setId("line-" + index + "-" + name));
        remove.setId("line-" + index + "-remove");
        category.setLabel(getTranslation("line.category", index + 1));
        description.setLabel(getTranslation("line.description"));
        quantity.setLabel(getTranslation("line.quantity"));
        estimatedUnitPrice.setLabel(getTranslation("line.estimatedUnitPrice"));
        preferredModel.setLabel(getTranslation("line.preferredModel"));
    }

    LineForm value() {
        return new LineForm(category.getValue(), description.getValue(), quantity.getValue(),
                estimatedUnitPrice.getValue(), preferredModel.getValue());
    }

    /** Quantity times unit price, zero while either is missing. */
    BigDecimal total() {
        return quantity.getValue() == null || estimatedUnitPrice.getValue() == null ? BigDecimal.ZERO
                : estimatedUnitPrice.getValue().multiply(BigDecimal.valueOf(quantity.getValue()));
    }

    boolean showError(String field, String message) {
        HasValidation invalid = (HasValidation) fields.get(field);
        if (invalid != null) {
            invalid.setErrorMessage(message);
            invalid.setInvalid(true);
        }
        return invalid != null;
    }

    void clearErrors() {
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
    }

    private void show(LineForm line) {
        category.setValue(line.category());
        description.setValue(line.description() == null ? "" : line.description());
        quantity.setValue(line.quantity());
        estimatedUnitPrice.setValue(line.estimatedUnitPrice());
        preferredModel.setValue(line.preferredModel() == null ? "" : line.preferredModel());
    }
}
