package org.procuredesk.reliability;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's job log ({@code ACT_HI_JOB_LOG}) of one process on a scratch database: which node ran its jobs (each
 * node's engine hostname), how many attempts failed and were retried, when the first and the last job ran.
 */
public final class JobLog {

    private static final int FAILED = 1;
    private static final int SUCCESSFUL = 2;

    private final ScratchDatabase database;
    private final String processKey;

    public JobLog(ScratchDatabase database, String processKey) {
        this.database = database;
        this.processKey = processKey;
    }

    /** The successful runs of the process's jobs by node. */
    public Map<String, Long> firedByNode() {
        Map<String, Long> byNode = new TreeMap<>();
        for (String host : database.column("SELECT DISTINCT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ?"
                + " AND JOB_STATE_ = ?", processKey, SUCCESSFUL)) {
            byNode.put(host, database.count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ?"
                    + " AND JOB_STATE_ = ? AND HOSTNAME_ = ?", processKey, SUCCESSFUL, host));
        }
        return byNode;
    }

    /** The runs that failed (an optimistic-locking conflict, say) and were tried again. */
    public long failedAttempts() {
        return database.count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ? AND JOB_STATE_ = ?",
                processKey, FAILED);
    }

    /**
     * From the first successful run to the last, counting the last one's second whole: on MariaDB the engine keeps
     * whole seconds, so this errs on the long side by up to a second.
     */
    public Duration firingSpan() {
        return Duration.ofSeconds(database.count("SELECT COALESCE(TIMESTAMPDIFF(SECOND, MIN(TIMESTAMP_), MAX(TIMESTAMP_)), 0)"
                + " FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ? AND JOB_STATE_ = ?", processKey, SUCCESSFUL) + 1);
    }
}
