package org.procuredesk.stock.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.procuredesk.stock.ConsumableCatalogue;
import org.procuredesk.stock.ConsumableForm;
import org.procuredesk.stock.ConsumableSummary;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.RecordsPanel;

/** The consumables catalogue beside the form that adds and changes its items, for those who keep it. */
@Route("consumable-catalogue")
@Menu(title = "nav.consumableCatalogue", order = 23, icon = "vaadin:clipboard-text")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "WAREHOUSE"})
public class ConsumableCatalogueView extends RecordsPanel<ConsumableSummary, ConsumableForm>
        implements HasDynamicTitle {

    private final ConsumableCatalogue catalogue;

    public ConsumableCatalogueView(ConsumableCatalogue catalogue, Formats formats) {
        super(new ConsumableEditor(), "consumableItem");
        this.catalogue = catalogue;
        grid.setId("consumables-grid");
        grid.addColumn(ConsumableSummary::sku).setHeader(getTranslation("consumableItem.sku")).setAutoWidth(true);
        grid.addColumn(ConsumableSummary::name).setHeader(getTranslation("consumableItem.name")).setFlexGrow(1);
        grid.addColumn(ConsumableSummary::unit).setHeader(getTranslation("consumableItem.unit")).setAutoWidth(true);
        grid.addColumn(ConsumableSummary::reorderPoint).setHeader(getTranslation("consumableItem.reorderPoint"));
        grid.addColumn(ConsumableSummary::maxLevel).setHeader(getTranslation("consumableItem.maxLevel"));
        grid.addColumn(ConsumableSummary::packSize).setHeader(getTranslation("consumableItem.packSize"));
        grid.addColumn(consumable -> consumable.unitPrice() == null ? ""
                : formats.money(consumable.unitPrice(), getLocale()))
                .setHeader(getTranslation("consumableItem.unitPrice")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("consumableItem.active")).setAutoWidth(true);
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consumableCatalogue");
    }

    private Span state(ConsumableSummary consumable) {
        Span badge = new Span(getTranslation(consumable.active() ? "consumableItem.inUse" : "consumableItem.retired"));
        badge.getElement().setAttribute("theme", consumable.active() ? "badge success small" : "badge contrast small");
        return badge;
    }

    @Override
    protected List<ConsumableSummary> records() {
        return catalogue.list();
    }

    @Override
    protected Long idOf(ConsumableSummary consumable) {
        return consumable.id();
    }

    @Override
    protected ConsumableForm formOf(ConsumableSummary consumable) {
        return ConsumableForm.of(consumable);
    }

    @Override
    protected ConsumableForm blank() {
        return ConsumableForm.blank();
    }

    @Override
    protected void store(Long id, ConsumableForm consumable) {
        if (id == null) {
            catalogue.create(consumable);
        } else {
            catalogue.change(consumable.sku(), consumable);
        }
    }
}
