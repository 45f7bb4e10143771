package org.procuredesk.inventory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.inventory.EquipmentSearch;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.inventory.MovementLine;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.system.ProcureDeskProperties.DemoData;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The view's part only: the movement documents listed, asked for between the days chosen, opened to their assets. */
class MovementsViewTest {

    static final MovementLine LAPTOP = new MovementLine("INV-2026-000007", "PF3XK2", EquipmentCategory.LAPTOP, "T14",
            "Laptop T14");
    static final MovementDocumentView HANDOVER = new MovementDocumentView("MOV-2026-000003", LocalDate.of(2026, 11, 20),
            Holder.warehouse(7), "IT warehouse Cluj", Holder.employee("ana.requester"), "Ana Popescu", "New starter",
            "george.warehouse", "George Lazar", Instant.parse("2026-11-20T09:00:00Z"), List.of(LAPTOP));

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final EquipmentSearch equipment = mock(EquipmentSearch.class);

    @Test
    void listsTheNewestDocumentsAndOpensTheChosenOneToTheAssetsItMoved() {
        MovementsView view = open();

        Grid<MovementDocumentView> documents = grid(view, "movements-documents");
        assertThat(documents.getDataProvider().fetch(new Query<>()).toList()).containsExactly(HANDOVER);
        Grid<MovementLine> lines = grid(view, "movements-lines");
        assertThat(lines.isVisible()).isFalse();

        documents.select(HANDOVER);

        assertThat(lines.isVisible()).isTrue();
        assertThat(lines.getDataProvider().fetch(new Query<>()).toList()).containsExactly(LAPTOP);
    }

    @Test
    void asksForTheDocumentsBetweenTheDaysChosen() {
        MovementsView view = open();

        Find.byId(view, "movements-from", DatePicker.class).setValue(LocalDate.of(2026, 11, 1));
        Find.byId(view, "movements-to", DatePicker.class).setValue(LocalDate.of(2026, 11, 30));

        verify(equipment).movements(null, null);
        verify(equipment).movements(LocalDate.of(2026, 11, 1), null);
        verify(equipment).movements(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    }

    private MovementsView open() {
        when(equipment.movements(any(), any()))
                .thenReturn(List.of(HANDOVER));
        return new MovementsView(equipment, new Formats(new ProcureDeskProperties(Currency.getInstance("RON"),
                ZoneId.of("Europe/Bucharest"), new DemoData(false, "x"), new FirstAdministrator(null, null, "A", null))));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(MovementsView view, String id) {
        return Find.byId(view, id, Grid.class);
    }
}
