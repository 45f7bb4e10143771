package org.procuredesk.bench;

/**
 * A benchmark's size: its own system property when set (e.g. {@code -Dprocuredesk.bench.tasks=2000}), otherwise its
 * default scaled by {@code -Dprocuredesk.bench.scale} (e.g. 0.02 for the tiny run CI makes to keep the benchmarks
 * working), never below one.
 */
public final class Sizes {

    static final String SCALE = "procuredesk.bench.scale";

    private Sizes() {
    }

    public static int of(String property, int defaultSize) {
        Integer given = Integer.getInteger(property);
        if (given != null) {
            return given;
        }
        double scale = Double.parseDouble(System.getProperty(SCALE, "1"));
        return Math.max(1, (int) Math.round(defaultSize * scale));
    }
}
