package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.procuredesk.inventory.EquipmentSearch;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.LocalizedDates;

/** The movement documents of the register, newest first, between two days; each opens to the assets it moved. */
@Route("movements")
@Menu(title = "nav.movements", order = 20.5, icon = "vaadin:exchange")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "WAREHOUSE", "IT_HEAD", "AUDITOR"})
public class MovementsView extends VerticalLayout implements HasDynamicTitle {

    private final EquipmentSearch equipment;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final MovementDocuments documents;

    public MovementsView(EquipmentSearch equipment, Formats formats) {
        this.equipment = equipment;
        this.documents = new MovementDocuments("movements", formats, getLocale());
        setSizeFull();
        from.setId("movements-from");
        from.setLabel(getTranslation("stockDocument.from"));
        to.setId("movements-to");
        to.setLabel(getTranslation("stockDocument.to"));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            LocalizedDates.localize(picker, getLocale(), "validation.date");
            picker.setClearButtonVisible(true);
            picker.addValueChangeListener(change -> refresh());
        }
        documents.setSizeFull();
        add(new H2(getTranslation("nav.movements")), new HorizontalLayout(from, to), documents);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.movements");
    }

    private void refresh() {
        documents.show(equipment.movements(from.getValue(), to.getValue()));
    }
}
