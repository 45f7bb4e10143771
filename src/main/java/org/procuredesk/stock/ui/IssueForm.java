package org.procuredesk.stock.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.procuredesk.stock.RecipientKind;
import org.procuredesk.stock.StockForms;
import org.procuredesk.stock.StockLevel;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/** Issues one consumable from one warehouse to an employee, a department or a device; refusals show on the fields. */
class IssueForm extends HorizontalLayout implements FieldErrors {

    /** Where a refusal naming no field shows, e.g. not enough stock. */
    private static final String QUANTITY = "lines[0].quantity";

    private final ComboBox<StockLevel> item = new ComboBox<>();
    private final ComboBox<RecipientKind> recipientKind = new ComboBox<>();
    private final TextField recipient = new TextField();
    private final IntegerField quantity = new IntegerField();
    private final Map<String, HasValidation> fields = Map.of("warehouseId", item, "lines[0].sku", item,
            "recipientKind", recipientKind, "recipientReference", recipient, QUANTITY, quantity, "lines", item);

    /**
     * @param issue  issues what the form says
     * @param issued runs once it is issued
     */
    IssueForm(Consumer<StockForms.Issue> issue, Runnable issued) {
        setId("stock-issue");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        configure(item, "stock-issue-item", "stock.consumableAt");
        item.setItemLabelGenerator(level -> level.sku() + " " + level.name() + " — " + level.warehouseName());
        configure(recipientKind, "stock-issue-recipient-kind", "stock.recipientKind");
        recipientKind.setItems(RecipientKind.values());
        recipientKind.setItemLabelGenerator(kind -> getTranslation("stock.recipient." + kind.name()));
        recipient.setId("stock-issue-recipient");
        recipient.setLabel(getTranslation("stock.recipientReference"));
        quantity.setId("stock-issue-quantity");
        quantity.setLabel(getTranslation("stock.quantityLabel"));
        Button save = new Button(getTranslation("stock.issue"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (FormSubmission.ran(this, FormSubmission.refusalsOn(QUANTITY, () -> issue.accept(form())))) {
                FormSubmission.notifySuccess(getTranslation("stock.issued"));
                issued.run();
            }
        });
        save.setId("stock-issue-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(item, recipientKind, recipient, quantity, save);
    }

    /** The consumables the warehouses hold, to choose one from. */
    void offer(List<StockLevel> levels) {
        item.setItems(levels.stream().filter(level -> level.onHand() > 0).toList());
    }

    @Override
    public boolean showError(String field, String message) {
        return FieldErrors.showOn(fields, field, message);
    }

    private StockForms.Issue form() {
        StockLevel chosen = item.getValue();
        List<StockForms.Line> lines = Stream.ofNullable(chosen)
                .map(level -> new StockForms.Line(level.sku(), quantity.getValue() == null ? 0 : quantity.getValue()))
                .toList();
        return new StockForms.Issue(chosen == null ? null : chosen.warehouseId(), recipientKind.getValue(),
                recipient.getValue(), lines, null);
    }

    private <T> void configure(ComboBox<T> box, String id, String labelKey) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
    }
}
