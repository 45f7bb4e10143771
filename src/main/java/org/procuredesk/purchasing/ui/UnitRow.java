package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.procuredesk.purchasing.ReceivedItem;

/** One unit received: its serial number (consumables need none) and its warranty, 24 months unless changed. */
class UnitRow extends HorizontalLayout {

    static final int DEFAULT_WARRANTY_MONTHS = 24;

    private final TextField serialNumber = new TextField();
    private final IntegerField warrantyMonths = new IntegerField();
    private final int lineNo;

    /**
     * @param item   the unit's place among all the items received, which names its fields: {@code items[item]}
     * @param lineNo the application's line, from 0
     * @param unit   the unit's place in its line, from 1
     */
    UnitRow(int item, int lineNo, int unit, boolean consumable) {
        this.lineNo = lineNo;
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        serialNumber.setId("receipt-items-" + item + "-serialNumber");
        serialNumber.setLabel(getTranslation(consumable ? "purchase.receipt.serialNumberOptional"
                : "purchase.receipt.serialNumber", String.valueOf(unit)));
        serialNumber.setMaxLength(100);
        warrantyMonths.setId("receipt-items-" + item + "-warrantyMonths");
        warrantyMonths.setLabel(getTranslation("purchase.receipt.warrantyMonths"));
        warrantyMonths.setMin(0);
        warrantyMonths.setMax(120);
        warrantyMonths.setStepButtonsVisible(true);
        warrantyMonths.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("validation.warrantyMonths"))
                .setMaxErrorMessage(getTranslation("validation.warrantyMonths")));
        warrantyMonths.setValue(DEFAULT_WARRANTY_MONTHS);
        add(serialNumber, warrantyMonths);
    }

    ReceivedItem value() {
        return new ReceivedItem(lineNo, serialNumber.getValue(), warrantyMonths.getValue());
    }

    Integer warranty() {
        return warrantyMonths.getValue();
    }

    void warranty(Integer months) {
        warrantyMonths.setValue(months);
    }

    /** @param field {@code warrantyMonths}; anything else of the item (its serial number, its line, itself) goes on the serial number */
    void showError(String field, String message) {
        HasValidation invalid = "warrantyMonths".equals(field) ? warrantyMonths : serialNumber;
        invalid.setErrorMessage(message);
        invalid.setInvalid(true);
    }

    void clearErrors() {
        serialNumber.setInvalid(false);
        warrantyMonths.setInvalid(false);
    }
}
