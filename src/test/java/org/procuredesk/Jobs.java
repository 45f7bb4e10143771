package org.procuredesk;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** The engine's jobs, for tests: runs what is due now by the engine's clock, rather than waiting for the job executor. */
public final class Jobs {

    private Jobs() {
    }

    /**
     * Runs every job due by the engine's clock, and those they create, until none is left; a job that fails is
     * left to its retries. Afterwards no job is half done: a job's changes, its own row's removal among them,
     * commit together.
     */
    public static void runDue(ManagementService managementService) {
        runDue(managementService, () -> managementService.createJobQuery().executable().list());
    }

    /**
     * Runs the process instance's jobs due by the engine's clock, and those they create, until none is left: only
     * its own, so a clock moved far ahead fires no other test's timers here.
     */
    public static void runDueOf(ManagementService managementService, String processInstanceId) {
        runDue(managementService, () -> managementService.createJobQuery().processInstanceId(processInstanceId)
                .executable().list());
    }

    private static void runDue(ManagementService managementService, Supplier<List<Job>> dueJobs) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        List<Job> due;
        while (!(due = dueJobs.get()).isEmpty()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Jobs still due after 60 s: " + due);
            }
            due.forEach(job -> run(managementService, job));
        }
    }

    private static void run(ManagementService managementService, Job job) {
        if (heldByTheJobExecutor(job)) {
            pause();
            return;
        }
        try {
            managementService.executeJob(job.getId());
        } catch (RuntimeException failedOrRanByTheJobExecutorMeanwhile) {
            // a failure leaves the job to its retries; a clash with the job executor running it: look again
            pause();
        }
    }

    /**
     * Whether the job executor has the job in hand: run beside it, the job would run twice at once, and the loser's
     * failure (a lock lost, or a deadlock on MariaDB) would put it off by its retry interval.
     */
    private static boolean heldByTheJobExecutor(Job job) {
        Date lockedUntil = ((JobEntity) job).getLockExpirationTime();
        return lockedUntil != null && lockedUntil.after(ClockUtil.getCurrentTime());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
