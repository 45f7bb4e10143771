package org.procuredesk.stock;

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
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * A numbered stock document: receipt, issue, transfer or reversal, with its lines, who recorded it and when.
 * Written once and never changed or deleted (Hibernate treats the entity as immutable); a mistake is undone
 * by a reversal, which names the document it reverses.
 */
@Entity
@Immutable
@Table(name = "stock_document")
class StockDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private StockDocumentKind kind;

    @Column(name = "document_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "from_warehouse_id", updatable = false)
    private Long from;

    @Column(name = "to_warehouse_id", updatable = false)
    private Long to;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", updatable = false, length = 12)
    private RecipientKind recipientKind;

    @Column(name = "recipient_reference", updatable = false, length = 64)
    private String recipientReference;

    @Column(name = "reverses_document_id", updatable = false)
    private Long reversesId;

    @Column(updatable = false, length = 500)
    private String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "stock_document_line", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "line_no")
    private List<StockLine> lines = new ArrayList<>();

    protected StockDocument() {
    }

    StockDocument(String number, Posting posting, String recordedBy, Instant recordedAt, LocalDate date) {
        this.number = number;
        this.kind = posting.kind();
        this.date = date;
        this.from = posting.from();
        this.to = posting.to();
        this.recipientKind = posting.recipientKind();
        this.recipientReference = posting.recipientReference();
        this.reversesId = posting.reversesId();
        this.reason = posting.reason();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.lines.addAll(posting.lines());
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    StockDocumentKind kind() {
        return kind;
    }

    LocalDate date() {
        return date;
    }

    Long reversesId() {
        return reversesId;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Posting posting() {
        return new Posting(kind, from, to, recipientKind, recipientReference, reversesId, reason, List.copyOf(lines));
    }
}
