package org.procuredesk.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives documents their human-readable numbers, {@code APP-2026-000123}: per series and year, in
 * order, unique and never given twice. The counter row is locked while a number is taken, so two
 * documents at once wait for each other instead of taking the same number; a rolled-back transaction
 * gives its number back with it.
 */
@Component
public class DocumentNumbers {

    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    DocumentNumbers(EntityManager entityManager, Clock clock, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @param series the document kind's prefix, up to 8 capital letters: {@code APP}, {@code MOV} */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String series) {
        DocumentNumberCounter.Key key = new DocumentNumberCounter.Key(series, LocalDate.now(clock).getYear());
        DocumentNumberCounter counter = locked(key);
        if (counter == null) {
            createCounter(key);
            counter = locked(key);
        }
        return "%s-%d-%06d".formatted(series, key.year(), counter.next());
    }

    private DocumentNumberCounter locked(DocumentNumberCounter.Key key) {
        return entityManager.find(DocumentNumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The year's first document of a series creates its counter; one racing it may have done so already. */
    private void createCounter(DocumentNumberCounter.Key key) {
        try {
            newTransaction.executeWithoutResult(status -> entityManager.persist(new DocumentNumberCounter(key)));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // the racing document's counter is the year's counter: lock it as usual
        }
    }
}
