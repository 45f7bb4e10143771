package org.procuredesk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last application number given in a year. */
@Entity
@Table(name = "request_number_counter")
class RequestNumberCounter {

    @Id
    @Column(name = "counter_year")
    private int year;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected RequestNumberCounter() {
    }

    RequestNumberCounter(int year) {
        this.year = year;
    }

    long next() {
        return ++lastValue;
    }
}
