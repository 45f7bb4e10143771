package org.procuredesk.reliability;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the reliability and security tests went through, counted as they run and printed at the end of the
 * suite by {@link ReliabilityFiguresPrinter}: the figures behind the README's reliability section. Every test
 * that counts here also asserts its outcome, so a figure is only ever printed beside a passing check.
 */
public final class ReliabilityFigures {

    /** One line of the summary. */
    public enum Figure {
        RACES("races run"),
        CRASHES("crashes survived"),
        TIMERS("timers fired exactly once"),
        INPUTS("inputs tried"),
        REFUSALS("refusals"),
        RECORDS_CHECKED("records found intact afterwards");

        private final String label;

        Figure(String label) {
            this.label = label;
        }
    }

    private static final Map<Figure, AtomicLong> COUNTS = new EnumMap<>(Figure.class);

    static {
        for (Figure figure : Figure.values()) {
            COUNTS.put(figure, new AtomicLong());
        }
    }

    private ReliabilityFigures() {
    }

    public static void add(Figure figure, long count) {
        COUNTS.get(figure).addAndGet(count);
    }

    public static void raceRun() {
        add(Figure.RACES, 1);
    }

    public static void crashSurvived() {
        add(Figure.CRASHES, 1);
    }

    public static void timersFiredOnce(long count) {
        add(Figure.TIMERS, count);
    }

    public static void inputTried() {
        add(Figure.INPUTS, 1);
    }

    public static void refused() {
        add(Figure.REFUSALS, 1);
    }

    public static void recordsIntact(long count) {
        add(Figure.RECORDS_CHECKED, count);
    }

    static boolean anyCounted() {
        return COUNTS.values().stream().anyMatch(count -> count.get() > 0);
    }

    /** "Reliability: 12 races run, 2 crashes survived, …", every figure, zeros included. */
    static String summary() {
        return COUNTS.entrySet().stream()
                .map(entry -> String.format("%,d %s", entry.getValue().get(), entry.getKey().label))
                .collect(Collectors.joining(", ", "Reliability: ", ""));
    }
}
