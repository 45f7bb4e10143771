package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Timers due at one moment: instances of a start → timer → end model, deployed and started by a {@link PlainEngine}
 * on a scratch database, then fired by the job executors under test. What they did is read from the engine's history
 * there: each instance passed its timer once, no job or incident is left; {@link #jobLog()} says who fired them, when.
 */
public final class DueTimers {

    /** The timer's date while the instances start, when they should wait until {@link #fallDueNow()}. */
    public static final Instant NEVER = Instant.parse("2999-01-01T00:00:00Z");

    private static final String TIMER = "waitTogether";
    private static final int STARTING_THREADS = 8;

    private final ScratchDatabase database;
    private final String processKey;
    private final int count;

    public DueTimers(ScratchDatabase database, String processKey, int count) {
        this.database = database;
        this.processKey = processKey;
        this.count = count;
    }

    /** Deploys the model, its timer due at the moment given, and starts the instances. */
    public void start(ProcessEngine engine, Instant due) throws Exception {
        engine.getRepositoryService().createDeployment().addModelInstance(processKey + ".bpmn",
                Bpmn.createExecutableProcess(processKey).camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent(TIMER).timerWithDate(due.toString()).endEvent().done())
                .deploy();
        startInstances(engine);
    }

    /** Moves every timer's due date to now, all in one update. */
    public void fallDueNow() {
        database.update("UPDATE ACT_RU_JOB SET DUEDATE_ = UTC_TIMESTAMP() WHERE PROCESS_DEF_KEY_ = ?", processKey);
    }

    /** Waits until every instance ended or the time is up; returns how many ended. */
    public long awaitEnded(Duration within) {
        return database.awaitCount(count, within, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?"
                + " AND END_TIME_ IS NOT NULL", processKey);
    }

    /** Fails unless each instance ended, passing its timer once, leaving no job and no incident. */
    public void assertEachFiredOnce() {
        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?"
                + " AND END_TIME_ IS NOT NULL", processKey)).as("instances ended").isEqualTo(count);
        assertThat(database.count("SELECT COUNT(DISTINCT PROC_INST_ID_) FROM ACT_HI_ACTINST WHERE ACT_ID_ = ?"
                + " AND PROC_DEF_KEY_ = ? AND END_TIME_ IS NOT NULL", TIMER, processKey)).isEqualTo(count);
        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = ? AND PROC_DEF_KEY_ = ?",
                TIMER, processKey)).as("each instance passed its timer once").isEqualTo(count);
        assertThat(database.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = ?", processKey)).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();
        assertThat(jobLog().firedByNode().values().stream().mapToLong(Long::longValue).sum())
                .as("successful firings in the job log").isEqualTo(count);
    }

    public JobLog jobLog() {
        return new JobLog(database, processKey);
    }

    public int count() {
        return count;
    }

    /** Each start is a commit of its own, from several threads so that many instances start in little time. */
    private void startInstances(ProcessEngine engine) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(STARTING_THREADS);
        try {
            for (Future<?> started : starters.invokeAll(Collections.nCopies(count,
                    () -> engine.getRuntimeService().startProcessInstanceByKey(processKey)))) {
                started.get();
            }
        } finally {
            starters.shutdown();
        }
    }
}
