package org.procuredesk.purchasing.ui;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestStatus;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.system.ProcureDeskProperties.DemoData;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;

/** What the purchasing views are shown in their tests: an application, its task, the company's formats, a fixed day. */
final class PurchasingViews {

    static final Long REQUEST_ID = 42L;
    static final String TASK_ID = "task-1";
    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), BUCHAREST);
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final Formats FORMATS = new Formats(new ProcureDeskProperties(Currency.getInstance("RON"), BUCHAREST,
            new DemoData(false, "x"), new FirstAdministrator(null, null, "A", null)));

    private PurchasingViews() {
    }

    static LineForm line(EquipmentCategory category, String description, int quantity, String estimatedUnitPrice) {
        return new LineForm(category, description, quantity, new BigDecimal(estimatedUnitPrice), null);
    }

    /** An approved application of these lines; its total is theirs. */
    static RequestView application(LineForm... lines) {
        BigDecimal total = List.of(lines).stream()
                .map(line -> line.estimatedUnitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RequestView(REQUEST_ID, 3, "APP-2026-000042", "ana.requester", 1L, 1L, "The old ones broke",
                TODAY.plusDays(30), Urgency.PLANNED, RequestStatus.ORDERED, List.of(lines), total,
                CLOCK.instant(), CLOCK.instant());
    }

    static Task task() {
        Task task = mock(Task.class);
        when(task.getId()).thenReturn(TASK_ID);
        return task;
    }
}
