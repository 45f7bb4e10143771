package org.procuredesk.repair;

import java.util.List;
import org.procuredesk.audit.AuditViews;
import org.procuredesk.audit.CaseRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A repair case's journal on its audit trail: each event as a record, named by its kind, with its detail; the dispatch
 * note and the write-off act as documents. What the process did by itself is nobody's.
 */
@Component
class RepairCaseRecords implements CaseRecords {

    private final RepairCaseRepository repairs;
    private final RepairJournal journal;

    RepairCaseRecords(RepairCaseRepository repairs, RepairJournal journal) {
        this.repairs = repairs;
        this.journal = journal;
    }

    @Override
    public boolean handles(String processKey) {
        return RepairProcess.KEY.equals(processKey);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditViews.TrailEntry> entries(String businessKey) {
        return repairs.findByNumber(businessKey).map(repair -> journal.timeline(repair.getId())).orElse(List.of())
                .stream().map(RepairCaseRecords::entry).toList();
    }

    private static AuditViews.TrailEntry entry(RepairEventView event) {
        boolean document = event.kind() == RepairEventKind.DISPATCHED || event.kind() == RepairEventKind.WRITTEN_OFF;
        boolean byNobody = RepairJournal.SYSTEM.equals(event.actor());
        return new AuditViews.TrailEntry(event.happenedAt(),
                document ? AuditViews.TrailKind.DOCUMENT : AuditViews.TrailKind.RECORD, event.kind().name(),
                byNobody ? null : event.actor(), event.actorName(), event.detail());
    }
}
