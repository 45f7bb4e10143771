package org.procuredesk.request;

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
 * Gives applications their human-readable numbers, {@code APP-2026-000123}: per year, in order,
 * unique and never given twice. The year's counter row is locked while a number is taken, so two
 * submissions at once wait for each other instead of taking the same one.
 */
@Component
class RequestNumbers {

    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    RequestNumbers(EntityManager entityManager, Clock clock, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next() {
        int year = LocalDate.now(clock).getYear();
        RequestNumberCounter counter = locked(year);
        if (counter == null) {
            createCounter(year);
            counter = locked(year);
        }
        return "APP-%d-%06d".formatted(year, counter.next());
    }

    private RequestNumberCounter locked(int year) {
        return entityManager.find(RequestNumberCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The year's first submission creates its counter; one racing it may have done so already. */
    private void createCounter(int year) {
        try {
            newTransaction.executeWithoutResult(status -> entityManager.persist(new RequestNumberCounter(year)));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // the racing submission's counter is the year's counter: lock it as usual
        }
    }
}
