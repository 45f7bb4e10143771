package org.procuredesk.bench;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements one thread executes and the commits it makes, through a JDBC proxy around a data source:
 * every statement the driver executes counts once, a batch once per item. Only the thread inside
 * {@link #count(Runnable)} counts, so a job executor or pool housekeeping on other threads does not.
 */
public final class StatementCounter implements QueryExecutionListener, MethodExecutionListener {

    private volatile Thread counted;
    private final Map<String, Integer> bySql = new HashMap<>();
    private int statements;
    private int commits;

    /** The data source, with every statement and commit through it seen by this counter. */
    public DataSource around(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource).name("bench").listener(this).methodListener(this).build();
    }

    /** What the step executed on this thread. */
    public Tally count(Runnable step) {
        synchronized (bySql) {
            bySql.clear();
            statements = 0;
            commits = 0;
            counted = Thread.currentThread();
            try {
                step.run();
            } finally {
                counted = null;
            }
            return new Tally(statements, commits, Map.copyOf(bySql));
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        // counted once executed
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (Thread.currentThread() != counted) {
            return;
        }
        for (QueryInfo query : queries) {
            int executed = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
            statements += executed;
            bySql.merge(query.getQuery().replaceAll("\\s+", " ").trim(), executed, Integer::sum);
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
        // counted once done
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
        if (Thread.currentThread() == counted && context.getTarget() instanceof Connection
                && context.getMethod().getName().equals("commit")) {
            commits++;
        }
    }

    /** Statements and commits of one step, and how often each statement's text was executed. */
    public record Tally(int statements, int commits, Map<String, Integer> bySql) {

        /** How many of the statements touch a table whose name contains that text, e.g. the engine's "ACT_". */
        public int touching(String table) {
            return bySql.entrySet().stream().filter(entry -> entry.getKey().contains(table))
                    .mapToInt(Map.Entry::getValue).sum();
        }

        /** The most executed statements, most first: "12× select ...". */
        public List<String> top(int count) {
            return bySql.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(count).map(entry -> entry.getValue() + "× " + entry.getKey()).toList();
        }
    }
}
