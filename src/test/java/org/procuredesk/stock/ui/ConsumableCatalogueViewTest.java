package org.procuredesk.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.stock.ConsumableCatalogue;
import org.procuredesk.stock.ConsumableForm;
import org.procuredesk.stock.ConsumableSummary;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.system.ProcureDeskProperties.DemoData;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The view's part only: the catalogue listed, a consumable added and changed, refusals on their fields. */
class ConsumableCatalogueViewTest {

    static final ConsumableSummary TONER = new ConsumableSummary(3L, 4L, "TON-59A", "Toner HP 59A", "pcs",
            "HP LaserJet M404", 5, 20, 10, "IT Supplies SRL", 2, new BigDecimal("250.00"), true);

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final ConsumableCatalogue catalogue = mock(ConsumableCatalogue.class);
    private ConsumableCatalogueView view;

    @BeforeEach
    void openView() {
        when(catalogue.list()).thenReturn(List.of(TONER));
        view = new ConsumableCatalogueView(catalogue, new Formats(new ProcureDeskProperties(Currency.getInstance("RON"),
                ZoneId.of("Europe/Bucharest"), new DemoData(false, "x"), new FirstAdministrator(null, null, "A", null))));
    }

    @Test
    void addsANewConsumableWithWhatTheFormSays() {
        Find.byId(view, "consumableItem-new", Button.class).click();
        text("consumableItem-sku", "PAP-A4");
        text("consumableItem-name", "Paper A4");
        text("consumableItem-unit", "ream");
        whole("consumableItem-reorderPoint", 10);
        whole("consumableItem-maxLevel", 80);
        whole("consumableItem-leadTimeDays", 3);
        whole("consumableItem-packSize", 5);
        Find.byId(view, "consumableItem-unitPrice", BigDecimalField.class).setValue(new BigDecimal("21.50"));
        Find.byId(view, "consumableItem-save", Button.class).click();

        verify(catalogue).create(new ConsumableForm("PAP-A4", "Paper A4", "ream", null, 10, 80, 3, null, 5,
                new BigDecimal("21.50"), true, null));
        assertThat(Find.byId(view, "consumableItem-form", ConsumableEditor.class).isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changesTheChosenConsumableButNotItsSku() {
        Find.byId(view, "consumables-grid", Grid.class).select(TONER);

        assertThat(Find.byId(view, "consumableItem-sku", TextField.class).isReadOnly()).isTrue();
        whole("consumableItem-reorderPoint", 8);
        Find.byId(view, "consumableItem-save", Button.class).click();

        verify(catalogue).change("TON-59A", new ConsumableForm("TON-59A", "Toner HP 59A", "pcs", "HP LaserJet M404",
                8, 20, 10, "IT Supplies SRL", 2, new BigDecimal("250.00"), true, 4L));
    }

    @Test
    void anEmptyLevelIsRefusedAsRequiredBeforeTheServiceIsAsked() {
        Find.byId(view, "consumableItem-new", Button.class).click();
        text("consumableItem-sku", "PAP-A4");
        Find.byId(view, "consumableItem-reorderPoint", IntegerField.class).clear();
        Find.byId(view, "consumableItem-save", Button.class).click();

        IntegerField reorderPoint = Find.byId(view, "consumableItem-reorderPoint", IntegerField.class);
        assertThat(reorderPoint.isInvalid()).isTrue();
        assertThat(reorderPoint.getErrorMessage()).isEqualTo("This field is required.");
        verify(catalogue, never()).create(any());
    }

    @Test
    void aTakenSkuShowsOnTheSkuAndKeepsTheFormOpen() {
        when(catalogue.create(any())).thenThrow(DomainException.ofField("sku", "consumable.skuTaken", "TON-59A"));
        Find.byId(view, "consumableItem-new", Button.class).click();
        text("consumableItem-sku", "TON-59A");
        text("consumableItem-name", "Toner again");
        Find.byId(view, "consumableItem-save", Button.class).click();

        TextField sku = Find.byId(view, "consumableItem-sku", TextField.class);
        assertThat(sku.isInvalid()).isTrue();
        assertThat(sku.getErrorMessage()).isEqualTo("SKU TON-59A is already in the catalogue.");
        assertThat(Find.byId(view, "consumableItem-form", ConsumableEditor.class).isVisible()).isTrue();
    }

    private void text(String id, String value) {
        Find.byId(view, id, TextField.class).setValue(value);
    }

    private void whole(String id, int value) {
        Find.byId(view, id, IntegerField.class).setValue(value);
    }
}
