package org.procuredesk.inventory.count.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.Collectors;
import org.procuredesk.inventory.count.CountDetail;
import org.procuredesk.inventory.count.CountLineView;
import org.procuredesk.inventory.count.CountRecording;
import org.procuredesk.inventory.count.FoundItem;
import org.procuredesk.inventory.count.InventoryCounts;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/**
 * What a count expects, each ticked when found, and what else was found, added by inventory number or serial number
 * (an item unknown to the register with what it is). Saved as often as IT support likes, then submitted.
 */
class RecordCountPanel extends VerticalLayout implements FieldErrors {

    private final Grid<CountLineView> expected = new Grid<>();
    private final Grid<CountLineView> foundBesides = new Grid<>();
    private final TextField inventoryNumber = field("record-inventory-number", "asset.inventoryNumber", 20);
    private final TextField serialNumber = field("record-serial", "asset.serialNumber", 100);
    private final TextField description = field("record-description", "asset.description", 500);
    private final String taskId;
    private final InventoryCounts counts;
    private final CountRecording recording;
    private final String number;

    RecordCountPanel(String taskId, InventoryCounts counts, CountRecording recording, Formats formats,
                     Runnable completed) {
        this.taskId = taskId;
        this.counts = counts;
        this.recording = recording;
        setPadding(false);
        setId("record-count");
        CountDetail count = counts.ofTask(taskId);
        this.number = count.summary().number();
        configureExpected(count);
        configureFoundBesides();
        Button save = new Button(getTranslation("inventoryCount.save"), click -> FormSubmission.succeeded(this,
                () -> recording.save(number, found())));
        save.setId("record-save");
        Button submit = new Button(getTranslation("inventoryCount.submit"), click -> {
            if (FormSubmission.ran(this, () -> recording.submit(taskId, found()))) {
                completed.run();
            }
        });
        submit.setId("record-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new CountFacts(count.summary(), formats), new H3(getTranslation("inventoryCount.expectedTitle")),
                expected, new H3(getTranslation("inventoryCount.foundBesidesTitle")), addFoundRow(), foundBesides,
                new HorizontalLayout(submit, save));
        showFoundBesides(count);
    }

    private void configureExpected(CountDetail count) {
        expected.setId("record-expected");
        expected.setAllRowsVisible(true);
        expected.setSelectionMode(Grid.SelectionMode.MULTI);
        expected.addColumn(CountLineView::inventoryNumber).setHeader(getTranslation("asset.inventoryNumber"))
                .setAutoWidth(true);
        expected.addColumn(CountLineView::serialNumber).setHeader(getTranslation("asset.serialNumber"))
                .setAutoWidth(true);
        expected.addColumn(CountLineView::description).setHeader(getTranslation("asset.description"))
                .setFlexGrow(1);
        expected.setItems(count.expectedLines());
        count.expectedLines().stream().filter(CountLineView::found).forEach(expected::select);
    }

    private void configureFoundBesides() {
        foundBesides.setId("record-found-besides");
        foundBesides.setAllRowsVisible(true);
        foundBesides.addColumn(CountLineView::inventoryNumber).setHeader(getTranslation("asset.inventoryNumber"))
                .setAutoWidth(true);
        foundBesides.addColumn(CountLineView::serialNumber).setHeader(getTranslation("asset.serialNumber"))
                .setAutoWidth(true);
        foundBesides.addColumn(CountLineView::description).setHeader(getTranslation("asset.description"))
                .setFlexGrow(1);
        foundBesides.addColumn(line -> line.holderName() == null ? getTranslation("inventoryCount.unknownToRegister")
                : line.holderName()).setHeader(getTranslation("asset.holder")).setAutoWidth(true);
        foundBesides.addComponentColumn(line -> {
            Button remove = new Button(getTranslation("inventoryCount.remove"),
                    click -> FormSubmission.ran(this, () -> {
                        recording.removeFound(number, line.id());
                        showFoundBesides(counts.ofTask(taskId));
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return remove;
        });
    }

    private HorizontalLayout addFoundRow() {
        Button add = new Button(getTranslation("inventoryCount.addFound"), click -> {
            clearErrors();
            if (FormSubmission.ran(this, () -> recording.addFound(number, new FoundItem(inventoryNumber.getValue(),
                    serialNumber.getValue(), description.getValue())))) {
                inventoryNumber.clear();
                serialNumber.clear();
                description.clear();
                showFoundBesides(counts.ofTask(taskId));
            }
        });
        add.setId("record-add");
        HorizontalLayout row = new HorizontalLayout(inventoryNumber, serialNumber, description, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void showFoundBesides(CountDetail count) {
        foundBesides.setItems(count.foundBesides());
    }

    private Set<Long> found() {
        return expected.getSelectedItems().stream().map(CountLineView::id).collect(Collectors.toSet());
    }

    private void clearErrors() {
        inventoryNumber.setInvalid(false);
        serialNumber.setInvalid(false);
        description.setInvalid(false);
    }

    @Override
    public boolean showError(String field, String message) {
        TextField target = switch (field) {
            case "inventoryNumber", "item.inventoryNumber" -> inventoryNumber;
            case "serialNumber", "item.serialNumber" -> serialNumber;
            case "description", "item.description" -> description;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    private TextField field(String id, String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }
}
