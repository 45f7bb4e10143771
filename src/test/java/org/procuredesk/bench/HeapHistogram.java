package org.procuredesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What another JVM's heap holds after a full garbage collection: {@code jcmd <pid> GC.class_histogram} (which collects
 * first), its live bytes in all and by class. Two of them, taken before and after some work, say what the work left
 * behind ({@link #growthSince}).
 */
public final class HeapHistogram {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");

    private final Map<String, Long> bytesByClass;
    private final long totalBytes;

    private HeapHistogram(Map<String, Long> bytesByClass, long totalBytes) {
        this.bytesByClass = bytesByClass;
        this.totalBytes = totalBytes;
    }

    /** The live objects of the process, after a full collection. */
    public static HeapHistogram of(long pid) {
        Map<String, Long> bytesByClass = new HashMap<>();
        long total = -1;
        for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
            Matcher row = ROW.matcher(line);
            Matcher sum = TOTAL.matcher(line);
            if (row.find()) {
                bytesByClass.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
            } else if (sum.find()) {
                total = Long.parseLong(sum.group(1));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("jcmd " + pid + " GC.class_histogram gave no total");
        }
        return new HeapHistogram(bytesByClass, total);
    }

    public long totalBytes() {
        return totalBytes;
    }

    /** The classes that grew most since the earlier histogram, in bytes per {@code per} (e.g. per session). */
    public List<String> growthSince(HeapHistogram earlier, int per, int most) {
        return bytesByClass.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(),
                        entry.getValue() - earlier.bytesByClass.getOrDefault(entry.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(most)
                .map(entry -> String.format(Locale.ROOT, "%,10.0f B  %s", (double) entry.getValue() / per,
                        entry.getKey()))
                .toList();
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + ":\n" + output);
            }
            return output;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
