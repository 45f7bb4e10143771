package org.procuredesk.replenishment.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import org.procuredesk.replenishment.ReplenishmentView;
import org.procuredesk.system.Formats;

/** A replenishment order, read only: what, where, how many, at what value, and how urgent. Each value has its id. */
class ReplenishmentFacts extends FormLayout {

    ReplenishmentFacts(ReplenishmentView replenishment, Formats formats) {
        setId("replenishment-facts");
        fact("replenishment.number", "replenishment-number", replenishment.number());
        fact("replenishment.item", "replenishment-item", replenishment.sku() + " " + replenishment.name());
        fact("replenishment.warehouse", "replenishment-warehouse", replenishment.warehouseName());
        fact("replenishment.quantity", "replenishment-quantity", replenishment.quantity() == null ? ""
                : formats.number(replenishment.quantity(), getLocale()) + " " + replenishment.unit());
        fact("replenishment.orderValue", "replenishment-order-value", replenishment.orderValue() == null ? ""
                : formats.money(replenishment.orderValue(), getLocale()));
        fact("replenishment.budget", "replenishment-budget",
                getTranslation(replenishment.urgent() ? "replenishment.urgent" : "replenishment.planned"));
        fact("replenishment.state", "replenishment-state", getTranslation(replenishment.state().messageKey()));
    }

    private void fact(String labelKey, String id, String value) {
        Span text = new Span(value);
        text.setId(id);
        addFormItem(text, getTranslation(labelKey));
    }
}
