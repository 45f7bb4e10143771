package org.procuredesk.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints {@link ReliabilityFigures} when a test run that counted any ends, and appends them to
 * {@code target/reliability/summary.txt} (one line per run: the H2 suite, the MariaDB suite, the packaged
 * application's tests). Registered with the JUnit Platform through {@code META-INF/services}.
 */
public class ReliabilityFiguresPrinter implements TestExecutionListener {

    static final Path SUMMARY = Path.of("target", "reliability", "summary.txt");

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!ReliabilityFigures.anyCounted()) {
            return;
        }
        String line = ReliabilityFigures.summary() + " (database: " + database() + ")";
        System.out.println(line);
        try {
            Files.createDirectories(SUMMARY.getParent());
            Files.writeString(SUMMARY, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String database() {
        return "mysql".equals(System.getProperty("spring.profiles.active")) ? "MySQL/MariaDB" : "H2";
    }
}
