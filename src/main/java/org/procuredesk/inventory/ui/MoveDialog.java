package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.procuredesk.inventory.AssetMoves;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.HolderChoice;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.inventory.MoveOrder;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/**
 * Moves the chosen assets to an employee, a warehouse or a branch, saying why; on success it closes and names the
 * new movement document, a refusal (written off, several holders, the same receiver…) shows in the dialog.
 */
class MoveDialog extends Dialog implements FieldErrors {

    /** Where a refusal that names no field of the dialog goes. */
    private static final String MOVE = "move";

    private final ComboBox<HolderKind> kind = new ComboBox<>();
    private final ComboBox<HolderChoice> receiver = new ComboBox<>();
    private final TextArea reason = new TextArea();
    private final Span error = new Span();

    /** @param moved gets the movement document once the assets moved */
    MoveDialog(List<AssetSummary> assets, AssetMoves moves, Consumer<MovementDocumentView> moved) {
        setId("move-assets-dialog");
        setHeaderTitle(getTranslation("equipment.moveTitle", assets.size()));
        kind.setId("move-to-kind");
        kind.setLabel(getTranslation("equipment.moveTo"));
        kind.setItems(HolderKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("holderKind." + value.name()));
        kind.addValueChangeListener(change -> {
            receiver.clear();
            receiver.setItems(change.getValue() == null ? List.of() : moves.receivers(change.getValue()));
        });
        receiver.setId("move-receiver");
        receiver.setLabel(getTranslation("equipment.receiver"));
        receiver.setItemLabelGenerator(HolderChoice::name);
        reason.setId("move-reason");
        reason.setLabel(getTranslation("equipment.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        error.setId("move-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        List<String> numbers = assets.stream().map(AssetSummary::inventoryNumber).toList();
        Button confirm = new Button(getTranslation("equipment.move"), click -> {
            error.setText("");
            receiver.setInvalid(false);
            if (FormSubmission.ran(this, FormSubmission.refusalsOn(MOVE,
                    () -> moved.accept(moves.move(order(numbers)))))) {
                close();
            }
        });
        confirm.setId("move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(new VerticalLayout(new HorizontalLayout(kind, receiver), reason, error,
                new HorizontalLayout(confirm, cancel)));
    }

    @Override
    public boolean showError(String field, String message) {
        if ("toReference".equals(field) || "toKind".equals(field)) {
            receiver.setErrorMessage(message);
            receiver.setInvalid(true);
        } else {
            error.setText(message);
        }
        return true;
    }

    private MoveOrder order(List<String> numbers) {
        HolderChoice chosen = receiver.getValue();
        return new MoveOrder(numbers, kind.getValue(), chosen == null ? null : chosen.holder().reference(),
                reason.getValue());
    }
}
