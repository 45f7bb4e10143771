package org.procuredesk.budget;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.procuredesk.request.ApplicationToItProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many urgent applications waiting for their weekly budget, made cheaply for a benchmark: their rows written in JDBC
 * batches, their processes (the real {@code applicationToIt} model) started right at the budget wait, many to a
 * transaction. Their numbers start with a prefix of their own, by which {@link #remove()} finds all it made and
 * what became of it: processes, history, task index, notifications.
 */
class WaitingApplications {

    static final String REQUESTER = "ana.requester";
    private static final int BATCH = 500;

    private final String prefix;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TransactionTemplate transactions;

    WaitingApplications(String prefix, JdbcTemplate jdbc, RuntimeService runtimeService,
                        HistoryService historyService, TransactionTemplate transactions) {
        this.prefix = prefix;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.transactions = transactions;
    }

    /** Makes that many, each one line of one shredder, waiting for the weekly budget. */
    void create(int count) {
        Long department = jdbc.queryForObject("select department_id from person where username = ?", Long.class,
                REQUESTER);
        Timestamp submitted = Timestamp.from(Instant.now().minusSeconds(3600));
        for (int from = 0; from < count; from += BATCH) {
            List<Object[]> rows = IntStream.range(from, Math.min(from + BATCH, count))
                    .mapToObj(index -> new Object[] {number(index), REQUESTER, department,
                            BigDecimal.valueOf(100 + index % 900), submitted, submitted})
                    .toList();
            jdbc.batchUpdate("insert into purchase_request (version, number, requester_username, department_id,"
                    + " urgency, status, total, created_at, submitted_at) values (0, ?, ?, ?, 'URGENT',"
                    + " 'WAITING_FOR_BUDGET', ?, ?, ?)", rows);
            startProcesses(from, Math.min(from + BATCH, count), department);
        }
    }

    private void startProcesses(int from, int to, Long department) {
        List<Map<String, Object>> requests = jdbc.queryForList("select id, number from purchase_request"
                + " where number like ? and process_instance_id is null", prefix + "%");
        jdbc.batchUpdate("insert into request_line (request_id, line_no, category, description, quantity,"
                + " estimated_unit_price) values (?, 0, 'SHREDDER', 'Shredder for the archive', 1, 100)",
                requests.stream().map(request -> new Object[] {request.get("id")}).toList());
        List<Object[]> started = new ArrayList<>();
        transactions.executeWithoutResult(status -> requests.forEach(request -> {
            String number = (String) request.get("number");
            Long id = ((Number) request.get("id")).longValue();
            started.add(new Object[] {runtimeService.createProcessInstanceByKey(ApplicationToItProcess.KEY)
                    .businessKey(number).setVariables(Map.of(ApplicationToItProcess.VAR_REQUEST_ID, id,
                            ApplicationToItProcess.VAR_REQUESTER, REQUESTER,
                            ApplicationToItProcess.VAR_DEPARTMENT_ID, department))
                    .startBeforeActivity(ApplicationToItProcess.WAIT_FOR_BUDGET).execute().getId(), id});
        }));
        jdbc.batchUpdate("update purchase_request set process_instance_id = ? where id = ?", started);
        if (started.size() != to - from) {
            throw new IllegalStateException("Started " + started.size() + " applications, not " + (to - from));
        }
    }

    String number(int index) {
        return String.format("%s%06d", prefix, index);
    }

    /** Removes every application it made and all that came of them. */
    void remove() {
        List<String> instances = jdbc.queryForList("select process_instance_id from purchase_request"
                + " where number like ? and process_instance_id is not null", String.class, prefix + "%");
        for (int from = 0; from < instances.size(); from += BATCH) {
            List<String> batch = instances.subList(from, Math.min(from + BATCH, instances.size()));
            List<String> running = runtimeService.createProcessInstanceQuery().processInstanceIds(
                    new HashSet<>(batch)).list().stream().map(ProcessInstance::getId).toList();
            if (!running.isEmpty()) {
                runtimeService.deleteProcessInstances(running, "benchmark done", true, true);
            }
            historyService.deleteHistoricProcessInstancesIfExists(batch);
        }
        jdbc.update("delete from notification where message_args like ?", "%" + prefix + "%");
        jdbc.update("delete from request_line where request_id in (select id from purchase_request where number like ?)",
                prefix + "%");
        jdbc.update("delete from purchase_request where number like ?", prefix + "%");
    }
}
