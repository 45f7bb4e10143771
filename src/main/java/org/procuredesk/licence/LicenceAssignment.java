package org.procuredesk.licence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A seat of a licence given to a person or an asset. Written once; its removal is recorded by
 * {@link LicenceAssignmentRepository#remove}, never by deleting it.
 */
@Entity
@Immutable
@Table(name = "licence_assignment")
class LicenceAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long licenceId;

    @Enumerated(EnumType.STRING)
    private AssigneeKind assigneeKind;

    private String assignee;
    private String activeAssignee;
    private String assignedBy;
    private Instant assignedAt;
    private String removedBy;
    private Instant removedAt;

    protected LicenceAssignment() {
    }

    LicenceAssignment(long licenceId, AssigneeKind kind, String assignee, String assignedBy, Instant assignedAt) {
        this.licenceId = licenceId;
        this.assigneeKind = kind;
        this.assignee = assignee;
        this.activeAssignee = assignee;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    long licenceId() {
        return licenceId;
    }

    AssignmentView view() {
        return new AssignmentView(id, assigneeKind, assignee, assignedBy, assignedAt, removedBy, removedAt);
    }
}
