package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnreachableTest {

    @Test
    void noConnectionMadeInTheTimeThePoolWaitsIsTheDatabaseOutOfReach() {
        SQLException poolTimedOut = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms (total=0)", "08S01",
                new SQLRecoverableException("Communications link failure", "08S01"));

        assertThat(DatabaseUnreachable.caused(new CannotCreateTransactionException("Could not open JPA EntityManager",
                poolTimedOut))).isTrue();
        assertThat(DatabaseUnreachable.caused(new InternalAuthenticationServiceException("sign-in", poolTimedOut)))
                .isTrue();
    }

    @Test
    void aConnectionLostUnderTheEngineIsTheDatabaseOutOfReach() {
        assertThat(DatabaseUnreachable.caused(new ProcessEngineException("ENGINE-03083 Exception while executing Batch",
                new PersistenceException(new SQLRecoverableException("Communications link failure"))))).isTrue();
        assertThat(DatabaseUnreachable.caused(new IllegalStateException(
                new SQLException("Connection refused", "08S01")))).isTrue();
    }

    @Test
    void aPoolOnlyBusyWithOtherRequestsIsNot() {
        assertThat(DatabaseUnreachable.caused(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms (total=10)"))))
                .isFalse();
    }

    @Test
    void anyOtherFailureIsNot() {
        assertThat(DatabaseUnreachable.caused(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseUnreachable.caused(new IllegalStateException(new SQLException("syntax error", "42000"))))
                .isFalse();
        assertThat(DatabaseUnreachable.caused(new ProcessEngineException("Unknown property used in expression")))
                .isFalse();
    }
}
