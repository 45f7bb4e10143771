package org.procuredesk.purchasing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The items of an application handed to its requester under a movement document, and the requester's
 * confirmation of receipt: given by them, or counted as given when they did not answer in time.
 */
@Entity
@Table(name = "handover")
class Handover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false, unique = true)
    private Long requestId;

    @Column(name = "movement_number", nullable = false, length = 20)
    private String movementNumber;

    @Column(name = "handed_over_by", nullable = false, length = 64)
    private String handedOverBy;

    @Column(name = "handed_over_at", nullable = false)
    private Instant handedOverAt;

    @Column(length = 2000)
    private String note;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_automatically", nullable = false)
    private boolean confirmedAutomatically;

    protected Handover() {
    }

    Handover(Long requestId, String movementNumber, String handedOverBy, Instant handedOverAt, String note) {
        this.requestId = requestId;
        this.movementNumber = movementNumber;
        this.handedOverBy = handedOverBy;
        this.handedOverAt = handedOverAt;
        this.note = note;
    }

    void confirm(Instant at, boolean automatically) {
        if (confirmedAt == null) {
            confirmedAt = at;
            confirmedAutomatically = automatically;
        }
    }

    String handedOverBy() {
        return handedOverBy;
    }

    HandoverView view(String handedOverByName) {
        return new HandoverView(movementNumber, handedOverBy, handedOverByName, handedOverAt, note, confirmedAt,
                confirmedAutomatically);
    }
}
