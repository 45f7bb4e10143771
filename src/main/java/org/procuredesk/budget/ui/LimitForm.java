package org.procuredesk.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.function.BiConsumer;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/**
 * Finance sets the most a period's budget may approve: the period's name and the amount. The amount's checks
 * name no field (it is the call's only checked parameter); a refusal naming none is about the period.
 */
class LimitForm extends HorizontalLayout implements FieldErrors {

    private static final String PERIOD = "period";

    private final TextField period = new TextField();
    private final BigDecimalField amount = new BigDecimalField();

    /**
     * @param setLimit sets the limit of the period
     * @param set      runs once it is set
     */
    LimitForm(BiConsumer<String, BigDecimal> setLimit, Runnable set) {
        setId("limit-form");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setId("limit-period");
        period.setLabel(getTranslation("budget.period"));
        period.setPlaceholder("WEEKLY-2026-W49");
        amount.setId("limit-amount");
        amount.setLabel(getTranslation("budget.limit"));
        Button save = new Button(getTranslation("budget.setLimit"), click -> {
            period.setInvalid(false);
            amount.setInvalid(false);
            String key = period.getValue().trim();
            if (FormSubmission.ran(this,
                    FormSubmission.refusalsOn(PERIOD, () -> setLimit.accept(key, amount.getValue())))) {
                FormSubmission.notifySuccess(getTranslation("budget.limitSet", key));
                set.run();
            }
        });
        save.setId("limit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(period, amount, save);
    }

    @Override
    public boolean showError(String field, String message) {
        if (PERIOD.equals(field)) {
            period.setErrorMessage(message);
            period.setInvalid(true);
            return true;
        }
        if (field.isEmpty() || "amount".equals(field)) {
            amount.setErrorMessage(message);
            amount.setInvalid(true);
            return true;
        }
        return false;
    }
}
