package org.procuredesk.replenishment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.replenishment.ReplenishmentState;
import org.procuredesk.replenishment.ReplenishmentView;
import org.procuredesk.replenishment.Replenishments;
import org.procuredesk.system.Formats;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The view's part only: the replenishments, the open urgent ones marked. */
class ReplenishmentsViewTest {

    static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    static final ReplenishmentView URGENT = view("REP-2026-000002", true, ReplenishmentState.ORDERED);
    static final ReplenishmentView PLANNED = view("REP-2026-000001", false, ReplenishmentState.WAITING_FOR_BUDGET);
    static final ReplenishmentView URGENT_DONE = view("REP-2026-000000", true, ReplenishmentState.RECEIVED);

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final Replenishments replenishments = mock(Replenishments.class);

    @Test
    void listsTheReplenishmentsAndMarksTheOpenUrgentOnes() {
        when(replenishments.list()).thenReturn(List.of(URGENT, PLANNED, URGENT_DONE));

        Grid<ReplenishmentView> grid = grid(new ReplenishmentsView(replenishments, mock(Formats.class),
                mock(AuthenticationContext.class)));

        assertThat(grid.getDataProvider().fetch(new Query<>()).toList()).containsExactly(URGENT, PLANNED, URGENT_DONE);
        assertThat(grid.getPartNameGenerator().apply(URGENT)).isEqualTo(ReplenishmentsView.URGENT);
        assertThat(grid.getPartNameGenerator().apply(PLANNED)).isNull();
        assertThat(grid.getPartNameGenerator().apply(URGENT_DONE)).isNull();
    }

    private static ReplenishmentView view(String number, boolean urgent, ReplenishmentState state) {
        return new ReplenishmentView(number, "TON-59A", "Toner HP 59A", "pcs", 7, "IT warehouse Cluj", state, 15,
                new BigDecimal("250.00"), new BigDecimal("3750.00"), urgent, "Print Depot SRL", "PD-1",
                LocalDate.of(2026, 12, 1), null, null, null, "george.warehouse", NOW, NOW);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReplenishmentView> grid(ReplenishmentsView view) {
        return Find.byId(view, "replenishments", Grid.class);
    }
}
