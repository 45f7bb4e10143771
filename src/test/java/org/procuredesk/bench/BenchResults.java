package org.procuredesk.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The benchmarks' figures, gathered in {@code target/bench/results.json} (one entry per benchmark and database) and
 * shown as a table in {@code target/bench/results.md}. A run on H2 and one on MySQL/MariaDB add to the same files;
 * an entry measured again replaces the one before.
 */
public final class BenchResults {

    static final Path DIRECTORY = Path.of("target", "bench");
    static final Path JSON = DIRECTORY.resolve("results.json");
    static final Path MARKDOWN = DIRECTORY.resolve("results.md");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One figure: ProcureDesk's, beside the baseline measured in the same run (the raw engine doing the same work),
     * their ratio, the goal in words and whether the figure meets it.
     */
    public record Entry(String name, String database, double figure, String unit, Double baseline, Double ratio,
                        String goal, boolean met) {

        /** A figure with its baseline; the ratio is figure / baseline. */
        public static Entry against(String name, String database, double figure, double baseline, String unit,
                String goal, boolean met) {
            return new Entry(name, database, figure, unit, baseline, baseline == 0 ? null : figure / baseline, goal,
                    met);
        }
    }

    private BenchResults() {
    }

    /** Adds the entries to the results, replacing those of the same benchmark on the same database. */
    public static synchronized void record(List<Entry> entries) {
        List<Entry> all = merged(read(), entries);
        try {
            Files.createDirectories(DIRECTORY);
            MAPPER.writeValue(JSON.toFile(), all);
            Files.writeString(MARKDOWN, table(all));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The earlier entries with the new ones in place of those they measure again, by benchmark and database. */
    static List<Entry> merged(List<Entry> earlier, List<Entry> entries) {
        List<Entry> all = new ArrayList<>(earlier);
        all.removeIf(old -> entries.stream().anyMatch(entry -> entry.name().equals(old.name())
                && entry.database().equals(old.database())));
        all.addAll(entries);
        all.sort(Comparator.comparing(Entry::name).thenComparing(Entry::database));
        return all;
    }

    static List<Entry> read() {
        if (!Files.exists(JSON)) {
            return List.of();
        }
        try {
            return MAPPER.readValue(JSON.toFile(), new TypeReference<List<Entry>>() {
            });
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The Markdown table, saying in plain words where a goal is missed. */
    static String table(List<Entry> entries) {
        StringBuilder table = new StringBuilder("| benchmark | database | ProcureDesk | baseline (raw engine) | ratio |"
                + " goal | met |\n|---|---|---|---|---|---|---|\n");
        for (Entry entry : entries) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %s %s | %s | %s | %s | %s |%n", entry.name(),
                    entry.database(), number(entry.figure()), entry.unit(),
                    entry.baseline() == null ? "–" : number(entry.baseline()) + " " + entry.unit(),
                    entry.ratio() == null ? "–" : String.format(Locale.ROOT, "%.2f×", entry.ratio()), entry.goal(),
                    entry.met() ? "yes" : "**no: missed**"));
        }
        return table.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.2f", value);
    }
}
