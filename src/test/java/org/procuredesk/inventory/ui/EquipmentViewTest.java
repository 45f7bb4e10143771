package org.procuredesk.inventory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.inventory.AssetExport;
import org.procuredesk.inventory.AssetFilter;
import org.procuredesk.inventory.AssetImport;
import org.procuredesk.inventory.AssetMoves;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.EquipmentSearch;
import org.procuredesk.inventory.Holder;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.Formats;
import org.procuredesk.system.MessageTexts;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.system.ProcureDeskProperties.DemoData;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;
import org.procuredesk.ui.Find;

/** The view's part only: it lists what the register finds, a page at a time, through its filters. */
class EquipmentViewTest {

    static final AssetSummary LAPTOP = new AssetSummary(1, "INV-2026-000001", "PF-123", EquipmentCategory.LAPTOP,
            "ThinkPad T14", "Laptop", AssetStatus.IN_USE, Holder.employee("ana.requester"), "Ana Popescu",
            LocalDate.of(2028, 1, 31), new BigDecimal("4200.00"), "NIR-17", null, LocalDate.of(2026, 1, 31),
            "Compudava", null);

    private final EquipmentSearch search = mock(EquipmentSearch.class);
    /** Held here: Vaadin keeps the current UI only weakly. */
    private final UI ui = new UI();
    private EquipmentView view;

    @BeforeEach
    void openView() {
        UI.setCurrent(ui);
        when(search.page(any(), anyInt(), anyInt())).thenReturn(List.of(LAPTOP));
        when(search.count(any())).thenReturn(1L);
        view = new EquipmentView(search, new RegisterChanges(mock(AssetMoves.class), mock(AssetExport.class),
                mock(AssetImport.class), mock(MessageTexts.class)), new Formats(new ProcureDeskProperties(Currency.getInstance("RON"),
                ZoneId.of("Europe/Bucharest"), new DemoData(false, "x"),
                new FirstAdministrator(null, null, "A", null))), mock(AuthenticationContext.class));
    }

    @AfterEach
    void closeView() {
        UI.setCurrent(null);
    }

    @Test
    void listsTheAssetsTheRegisterFinds() {
        assertThat(rows()).containsExactly(LAPTOP);
        assertThat(grid().getColumns()).hasSize(7);
        verify(search).page(eq(new AssetFilter("", null, null)), anyInt(), anyInt());
    }

    @Test
    @SuppressWarnings("unchecked")
    void asksTheRegisterForWhatTheFiltersSay() {
        Find.byId(view, "equipment-search", TextField.class).setValue("t14");
        Find.byId(view, "equipment-status", ComboBox.class).setValue(AssetStatus.IN_USE);
        Find.byId(view, "equipment-category", ComboBox.class).setValue(EquipmentCategory.LAPTOP);

        rows();

        AssetFilter filtered = new AssetFilter("t14", AssetStatus.IN_USE, EquipmentCategory.LAPTOP);
        verify(search).page(eq(filtered), anyInt(), anyInt());
    }

    private List<AssetSummary> rows() {
        return grid().getDataProvider().fetch(new Query<>()).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<AssetSummary> grid() {
        return Find.byId(view, "equipment-grid", Grid.class);
    }
}
