package org.procuredesk.repair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One thing that happened to a repair case, by whom and when: written once, never changed. */
@Entity
@Immutable
@Table(name = "repair_event")
class RepairEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long repairCaseId;

    @Column(nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RepairEventKind kind;

    @Column(updatable = false)
    private String detail;

    protected RepairEvent() {
    }

    RepairEvent(long repairCaseId, Instant happenedAt, String actor, RepairEventKind kind, String detail) {
        this.repairCaseId = repairCaseId;
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail;
    }

    RepairEventView view(String actorName) {
        return new RepairEventView(happenedAt, actor, actorName, kind, detail);
    }

    String getActor() {
        return actor;
    }
}
