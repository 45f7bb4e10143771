package org.procuredesk.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives documents their human-readable numbers, {@code APP-2026-000123}: per series and year, in
 * order, unique and never given twice. The counter row is locked while a number is taken, so two
 * documents at once wait for each other instead of taking the same number; a rolled-back transaction
 * gives its number back with it.
 */
@Component
public class DocumentNumbers {

    /** Never counts: locked by whoever creates a counter (V25). */
    private static final DocumentNumberCounter.Key GUARD = new DocumentNumberCounter.Key("*", 0);

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DocumentNumbers(EntityManager entityManager, JdbcTemplate jdbc, Clock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param series the document kind's prefix, up to 8 capital letters: {@code APP}, {@code MOV} */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String series) {
        DocumentNumberCounter.Key key = new DocumentNumberCounter.Key(series, LocalDate.now(clock).getYear());
        DocumentNumberCounter counter = locked(key);
        if (counter == null) {
            counter = created(key);
        }
        return "%s-%d-%06d".formatted(series, key.year(), counter.next());
    }

    private DocumentNumberCounter locked(DocumentNumberCounter.Key key) {
        return entityManager.find(DocumentNumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The year's first document of a series creates its counter, in its own transaction's connection: taking a
     * second connection for it could wait on the pool while the pool's connections wait for this document. Documents
     * arriving at once take the guard row first, so only the first creates the counter and the others find it once
     * that one commits. Inserting the same counter at once would deadlock on MySQL and MariaDB: each losing insert
     * keeps a shared lock on the winner's row, and then both losers ask for it exclusively.
     */
    private DocumentNumberCounter created(DocumentNumberCounter.Key key) {
        locked(GUARD);
        DocumentNumberCounter createdMeanwhile = locked(key);
        if (createdMeanwhile != null) {
            return createdMeanwhile;
        }
        jdbc.update("insert into document_number_counter (series, counter_year, last_value) values (?, ?, 0)",
                key.series(), key.year());
        return locked(key);
    }
}
