package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procuredesk.purchasing.ReceiptForm;
import org.procuredesk.request.LineForm;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.LocalizedDates;

/**
 * A delivery as the warehouse keeper records it: the supplier's document, the day it arrived, and for each
 * of the application's lines one row per unit. It calls no service; a refusal is shown on the field it names,
 * an item's as {@code items[3].serialNumber} on the fourth row.
 */
class ReceiptEditor extends VerticalLayout implements FieldErrors {

    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)](?:\\.(\\w+))?");

    private final TextField supplierDocument = new TextField();
    private final DatePicker receiptDate = new DatePicker();
    private final Map<String, HasValidation> header = Map.of("supplierDocument", supplierDocument,
            "receiptDate", receiptDate);
    private final List<UnitRow> items = new ArrayList<>();
    private final ErrorText itemsError = new ErrorText("receipt-items-error");

    ReceiptEditor(List<LineForm> lines, LocalDate today) {
        setId("receipt-editor");
        setPadding(false);
        supplierDocument.setId("receipt-supplierDocument");
        supplierDocument.setLabel(getTranslation("purchase.receipt.supplierDocument"));
        supplierDocument.setHelperText(getTranslation("purchase.receipt.supplierDocumentHint"));
        supplierDocument.setMaxLength(64);
        receiptDate.setId("receipt-receiptDate");
        receiptDate.setLabel(getTranslation("purchase.receipt.receiptDate"));
        LocalizedDates.localize(receiptDate, getLocale(), "receipt.dateInTheFuture");
        receiptDate.setI18n(receiptDate.getI18n().setMaxErrorMessage(getTranslation("receipt.dateInTheFuture")));
        receiptDate.setMax(today);
        receiptDate.setValue(today);
        add(new FormLayout(supplierDocument, receiptDate));
        for (int lineNo = 0; lineNo < lines.size(); lineNo++) {
            LineUnits line = new LineUnits(lineNo, lines.get(lineNo), items.size());
            items.addAll(line.rows());
            add(line);
        }
        add(itemsError);
    }

    /** What is entered, as it is: the service decides what is missing or wrong. Clears the refusals shown before. */
    ReceiptForm value() {
        header.values().forEach(field -> field.setInvalid(false));
        items.forEach(UnitRow::clearErrors);
        itemsError.clear();
        return new ReceiptForm(supplierDocument.getValue(), receiptDate.getValue(),
                items.stream().map(UnitRow::value).toList());
    }

    @Override
    public boolean showError(String field, String message) {
        Matcher item = ITEM.matcher(field);
        if (item.matches() && Integer.parseInt(item.group(1)) < items.size()) {
            items.get(Integer.parseInt(item.group(1))).showError(item.group(2), message);
            return true;
        }
        HasValidation invalid = header.get(field);
        if (invalid != null) {
            invalid.setErrorMessage(message);
            invalid.setInvalid(true);
            return true;
        }
        return "items".equals(field) && itemsError.show(message);
    }
}
