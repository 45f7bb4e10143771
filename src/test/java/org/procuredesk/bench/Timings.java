package org.procuredesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/** One call measured round after round: its times in milliseconds at the 50th and 95th percentile (nearest rank). */
public final class Timings {

    private final String name;
    private final IntSupplier call;
    private final List<Long> nanos = new ArrayList<>();
    private int rows;

    /** {@code call} answers how many rows it read, shown beside the times. */
    public Timings(String name, IntSupplier call) {
        this.name = name;
        this.call = call;
    }

    public String name() {
        return name;
    }

    /** Calls once; the time counts unless the round only warms up. */
    public void measure(boolean warmingUp) {
        long start = System.nanoTime();
        rows = call.getAsInt();
        if (!warmingUp) {
            nanos.add(System.nanoTime() - start);
        }
    }

    public double p50() {
        return percentile(0.50);
    }

    public double p95() {
        return percentile(0.95);
    }

    /** "name  p50 1.20 ms  p95 2.31 ms  max 4.00 ms  (50 rows)". */
    public String summary() {
        return String.format(Locale.ROOT, "%-45s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%d rows)", name, p50(),
                p95(), percentile(1.0), rows);
    }

    private double percentile(double quantile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
