package org.procuredesk.inventory.count.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.procuredesk.inventory.count.CountLocation;
import org.procuredesk.inventory.count.CountOrder;
import org.procuredesk.inventory.count.CountSummary;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/** The IT head chooses a warehouse or branch and orders it counted; a refusal shows on the place chosen. */
class OrderCountForm extends HorizontalLayout implements FieldErrors {

    private final ComboBox<CountLocation> location = new ComboBox<>();

    /**
     * @param order   the service call that orders the count
     * @param ordered what follows once the count is ordered
     */
    OrderCountForm(List<CountLocation> locations, Function<CountOrder, CountSummary> order,
                   Consumer<CountSummary> ordered) {
        setId("order-count");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        location.setId("order-count-location");
        location.setLabel(getTranslation("inventoryCount.location"));
        location.setItems(locations);
        location.setItemLabelGenerator(place -> getTranslation("inventoryCount.place." + place.kind().name(),
                place.name()));
        location.setWidth("24em");
        Button submit = new Button(getTranslation("inventoryCount.order"), click -> {
            location.setInvalid(false);
            CountLocation place = location.getValue();
            FormSubmission.result(this, () -> order.apply(place == null ? new CountOrder(null, null)
                    : new CountOrder(place.kind(), place.id()))).ifPresent(ordered);
        });
        submit.setId("order-count-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(location, submit);
    }

    @Override
    public boolean showError(String field, String message) {
        if (!field.startsWith("location") && !field.startsWith("order")) {
            return false;
        }
        location.setErrorMessage(message);
        location.setInvalid(true);
        return true;
    }
}
