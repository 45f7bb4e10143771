package org.procuredesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.repair.RepairCases;
import org.procuredesk.repair.RepairView;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The list's part only: the cases the service lets the reader see, and a way to report another fault. */
class RepairsViewTest {

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final RepairCases cases = mock(RepairCases.class);

    @Test
    @SuppressWarnings("unchecked")
    void listsTheCasesTheReaderMaySee() {
        when(cases.list()).thenReturn(List.of(Cases.laptop(2), Cases.laptop(1)));

        RepairsView view = new RepairsView(cases, RealTexts.FORMATS);

        Grid<RepairView> grid = Find.byId(view, "repairs-grid", Grid.class);
        assertThat(grid.getDataProvider().fetch(new Query<>()).map(RepairView::number))
                .containsExactly("RPR-2026-000002", "RPR-2026-000001");
        assertThat(grid.getColumns()).hasSize(9);
        assertThat(Find.byId(view, "repairs-report", Button.class).getText()).isEqualTo("Report a fault");
    }
}
