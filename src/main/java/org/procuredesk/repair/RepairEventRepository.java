package org.procuredesk.repair;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Repair events are only ever added and read: this repository has no way to change or remove one. */
interface RepairEventRepository extends Repository<RepairEvent, Long> {

    RepairEvent save(RepairEvent event);

    List<RepairEvent> findByRepairCaseIdOrderByHappenedAtAscIdAsc(long repairCaseId);
}
