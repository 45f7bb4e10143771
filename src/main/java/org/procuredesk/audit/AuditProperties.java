package org.procuredesk.audit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the engine keeps the history of finished cases, and when it cleans it up.
 *
 * @param historyTimeToLiveDays          the days a finished case's history is kept, for a process not named in
 *                                       {@code historyTimeToLiveDaysByProcess}
 * @param historyTimeToLiveDaysByProcess the days for the processes (by key) whose history is kept longer or shorter
 * @param cleanupWindowStart             when the engine's history cleanup may start each day (HH:mm, server time)
 * @param cleanupWindowEnd               when it must stop
 */
@ConfigurationProperties("procuredesk.audit")
public record AuditProperties(
        @DefaultValue("1825") int historyTimeToLiveDays,
        Map<String, Integer> historyTimeToLiveDaysByProcess,
        @DefaultValue("01:00") String cleanupWindowStart,
        @DefaultValue("05:00") String cleanupWindowEnd) {

    public AuditProperties {
        historyTimeToLiveDaysByProcess = historyTimeToLiveDaysByProcess == null ? Map.of()
                : Map.copyOf(historyTimeToLiveDaysByProcess);
    }

    /** The days the history of the process's finished cases is kept. */
    public int historyTimeToLiveDaysOf(String processKey) {
        return historyTimeToLiveDaysByProcess.getOrDefault(processKey, historyTimeToLiveDays);
    }
}
