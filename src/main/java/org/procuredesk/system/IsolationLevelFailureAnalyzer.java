package org.procuredesk.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The process engine refuses to start on a database whose transactions run in any isolation but READ COMMITTED;
 * this says so, and what to set, in place of the engine's exception. Registered in {@code META-INF/spring.factories}.
 */
class IsolationLevelFailureAnalyzer extends AbstractFailureAnalyzer<ProcessEngineException> {

    private static final Pattern REFUSED_LEVEL = Pattern.compile(
            "transaction isolation level set for the database is '([A-Z_]+)'");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProcessEngineException cause) {
        Matcher refused = REFUSED_LEVEL.matcher(String.valueOf(cause.getMessage()));
        if (!refused.find()) {
            return null;
        }
        return new FailureAnalysis("The database runs transactions in " + refused.group(1).replace('_', ' ')
                + " isolation; ProcureDesk's process engine needs READ COMMITTED.",
                "Set spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED (the mysql profile"
                        + " does, unless it is overridden), or transaction-isolation=READ-COMMITTED in the database"
                        + " server's configuration, and start ProcureDesk again.", cause);
    }
}
