package org.procuredesk.inventory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * A numbered movement document: the assets one holder gave another on a day, why, and who recorded it
 * when. Written once and never changed (Hibernate treats the entity as immutable).
 */
@Entity
@Immutable
@Table(name = "movement_document")
class MovementDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String number;

    @Column(name = "movement_date", nullable = false, updatable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_holder_kind", nullable = false, updatable = false, length = 16)
    private HolderKind fromKind;

    @Column(name = "from_holder_reference", nullable = false, updatable = false, length = 64)
    private String fromReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_holder_kind", nullable = false, updatable = false, length = 16)
    private HolderKind toKind;

    @Column(name = "to_holder_reference", nullable = false, updatable = false, length = 64)
    private String toReference;

    @Column(updatable = false, length = 500)
    private String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "movement_line", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "line_no")
    @Column(name = "asset_id", nullable = false)
    private List<Long> assetIds = new ArrayList<>();

    protected MovementDocument() {
    }

    MovementDocument(String number, Movement movement, String recordedBy, Instant recordedAt, LocalDate date) {
        this.number = number;
        this.date = date;
        this.fromKind = movement.from().kind();
        this.fromReference = movement.from().reference();
        this.toKind = movement.to().kind();
        this.toReference = movement.to().reference();
        this.reason = Text.orNull(movement.reason());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.requestId = movement.requestId();
        this.assetIds.addAll(movement.assetIds());
    }

    String number() {
        return number;
    }

    LocalDate date() {
        return date;
    }

    Holder from() {
        return new Holder(fromKind, fromReference);
    }

    Holder to() {
        return new Holder(toKind, toReference);
    }

    String reason() {
        return reason;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    List<Long> assetIds() {
        return List.copyOf(assetIds);
    }
}
