package org.procuredesk.inventory.count;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.Holder;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DocumentNumbers;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.EngineActor;
import org.procuredesk.system.UniqueConstraint;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The IT head orders a count of a warehouse or branch: it gets its number (series CNT), the assets the register has
 * there, not written off, become its expected list as they are at that moment, and its process starts.
 */
@Service
@Validated
@Transactional
public class CountOrders {

    static final String SERIES = "CNT";
    private static final UniqueConstraint OPEN_LOCATION = new UniqueConstraint("uk_inventory_count_open_location");

    private final InventoryCountRepository counts;
    private final CountLineRepository lines;
    private final CountLocations locations;
    private final CountViews views;
    private final AssetRegister register;
    private final DocumentNumbers numbers;
    private final RuntimeService runtimeService;
    private final EngineActor engineActor;
    private final Clock clock;

    CountOrders(InventoryCountRepository counts, CountLineRepository lines, CountLocations locations,
                CountViews views, AssetRegister register, DocumentNumbers numbers, RuntimeService runtimeService,
                EngineActor engineActor, Clock clock) {
        this.counts = counts;
        this.lines = lines;
        this.locations = locations;
        this.views = views;
        this.register = register;
        this.numbers = numbers;
        this.runtimeService = runtimeService;
        this.engineActor = engineActor;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('IT_HEAD')")
    public CountSummary order(@NotNull(message = "{validation.required}") @Valid CountOrder order) {
        String me = CurrentUser.username();
        Holder location = locations.known(order.locationKind(), order.locationId());
        String place = InventoryCount.openLocationOf(location);
        counts.findByOpenLocation(place).ifPresent(open -> {
            throw alreadyOpen(open.number());
        });
        InventoryCount count;
        try {
            count = counts.saveAndFlush(new InventoryCount(numbers.next(SERIES), location, me,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        } catch (DataIntegrityViolationException orderedMeanwhile) {
            if (!OPEN_LOCATION.isViolatedBy(orderedMeanwhile)) {
                throw orderedMeanwhile;
            }
            throw alreadyOpen(counts.findByOpenLocation(place).map(InventoryCount::number).orElse("?"));
        }
        lines.saveAll(register.heldBy(location).stream().map(asset -> CountLine.expected(count.id(), asset)).toList());
        count.startedAs(engineActor.as(me, () -> runtimeService.startProcessInstanceByKey(InventoryCountProcess.KEY,
                count.number(), Map.of(InventoryCountProcess.VAR_COUNT_ID, count.id())).getId()));
        return views.summary(count);
    }

    private static DomainException alreadyOpen(String number) {
        return DomainException.ofField("location", "inventoryCount.alreadyOpen", number);
    }
}
