package org.procuredesk.repair;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/** What happened to each repair case, written as it happens and read back as its timeline. */
@Component
class RepairJournal {

    /** Who a step of the process itself is recorded for. */
    static final String SYSTEM = "system";

    private final RepairEventRepository events;
    private final PeopleDirectory people;
    private final Clock clock;

    RepairJournal(RepairEventRepository events, PeopleDirectory people, Clock clock) {
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    void record(RepairCase repair, String actor, RepairEventKind kind, String detail) {
        events.save(new RepairEvent(repair.getId(), clock.instant(), actor, kind, detail));
    }

    /** Oldest first, each with the name of who did it; none for what the process did by itself. */
    List<RepairEventView> timeline(long repairId) {
        List<RepairEvent> all = events.findByRepairCaseIdOrderByHappenedAtAscIdAsc(repairId);
        Map<String, String> names = all.stream().map(RepairEvent::getActor).filter(actor -> !SYSTEM.equals(actor))
                .distinct().collect(Collectors.toMap(Function.identity(), this::nameOf));
        return all.stream().map(event -> event.view(names.get(event.getActor()))).toList();
    }

    private String nameOf(String actor) {
        String name = people.nameOf(actor);
        return name == null ? actor : name;
    }
}
