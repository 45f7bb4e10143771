package org.procuredesk.system;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last number given to a series of documents in a year. */
@Entity
@Table(name = "document_number_counter")
class DocumentNumberCounter {

    @EmbeddedId
    private Key key;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected DocumentNumberCounter() {
    }

    DocumentNumberCounter(Key key) {
        this.key = key;
    }

    long next() {
        return ++lastValue;
    }

    @Embeddable
    record Key(@Column(name = "series") String series, @Column(name = "counter_year") int year)
            implements Serializable {
    }
}
