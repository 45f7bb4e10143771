package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class ConcurrentChangeTest {

    @Test
    void theEnginesOptimisticLockIsAConcurrentChange() {
        assertThat(ConcurrentChange.caused(new OptimisticLockingException("updated by another transaction"))).isTrue();
    }

    @Test
    void aDeadlockTheEngineWrappedTwiceIsAConcurrentChange() {
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001",
                1213);
        ProcessEngineException flush = new ProcessEngineException("ENGINE-03083 Exception while executing Batch",
                new PersistenceException(deadlock));

        assertThat(ConcurrentChange.caused(flush)).isTrue();
    }

    @Test
    void aLockWaitTheDatabaseGaveUpOnIsAConcurrentChange() {
        assertThat(ConcurrentChange.caused(new CannotAcquireLockException("task_index"))).isTrue();
        assertThat(ConcurrentChange.caused(new ProcessEngineException(
                new SQLTimeoutException("Timeout trying to lock table", "HYT00", 50200)))).isTrue();
    }

    @Test
    void anyOtherFailureIsNot() {
        assertThat(ConcurrentChange.caused(new ProcessEngineException("Unknown property used in expression"))).isFalse();
        assertThat(ConcurrentChange.caused(new DataIntegrityViolationException("value too long"))).isFalse();
        assertThat(ConcurrentChange.caused(new IllegalStateException(new SQLException("syntax error", "42000"))))
                .isFalse();
    }
}
