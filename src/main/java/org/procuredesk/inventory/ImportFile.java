package org.procuredesk.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.procuredesk.system.DomainException;

/**
 * A CSV file of the register read a row at a time: UTF-8, a byte order mark skipped, the separator ({@code ;} or
 * {@code ,}) the header row uses most, columns found by name (case, spaces and hyphens aside), empty rows skipped.
 * A header without a required column, or text that is no CSV, refuses the whole file.
 */
final class ImportFile implements AutoCloseable {

    private static final int LONGEST_HEADER = 64 * 1024;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private int rowNumber = 1;

    private ImportFile(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    static ImportFile open(InputStream csv) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
            reader.mark(1);
            if (reader.read() != AssetCsv.BYTE_ORDER_MARK) {
                reader.reset();
            }
            reader.mark(LONGEST_HEADER);
            String header = reader.readLine();
            reader.reset();
            if (Text.orNull(header) == null) {
                throw new DomainException("asset.import.empty");
            }
            char separator = count(header, ';') > count(header, ',') ? ';' : ',';
            ImportFile file = new ImportFile(CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(reader));
            file.readHeader();
            return file;
        } catch (IOException | UncheckedIOException unreadable) {
            throw new DomainException("asset.import.unreadable", 1);
        }
    }

    /** The next row that is not empty; none at the end of the file. */
    Optional<Row> next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rowNumber++;
                if (record.stream().anyMatch(value -> Text.orNull(value) != null)) {
                    return Optional.of(new Row(rowNumber, record, columns));
                }
            }
            return Optional.empty();
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            throw new DomainException("asset.import.unreadable", rowNumber + 1);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // the file was read; closing it has nothing left to lose
        }
    }

    private void readHeader() {
        CSVRecord header = records.next();
        for (int index = 0; index < header.size(); index++) {
            columns.putIfAbsent(columnName(header.get(index)), index);
        }
        List<String> missing = AssetCsv.REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new DomainException("asset.import.missingColumns", String.join(", ", missing));
        }
    }

    private static String columnName(String header) {
        return Text.normalized(header).replace(' ', '_').replace('-', '_');
    }

    private static long count(String text, char separator) {
        return text.chars().filter(character -> character == separator).count();
    }

    /** One row of the file, numbered as a spreadsheet shows it (the header is row 1). */
    record Row(int number, CSVRecord record, Map<String, Integer> columns) {

        /** The column's value without spaces around it; none when blank or when the row has no such column. */
        String value(String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? null : Text.orNull(record.get(index));
        }
    }
}
