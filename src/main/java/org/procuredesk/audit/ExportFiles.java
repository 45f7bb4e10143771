package org.procuredesk.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.Formats;
import org.procuredesk.system.Messages;
import org.procuredesk.system.PrintedDocument;
import org.springframework.stereotype.Component;

/**
 * An export's rows as a file: CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read diacritics, a header
 * row of the column names), or a PDF report in the reader's language saying who exported it and when.
 */
@Component
class ExportFiles {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Messages messages;
    private final Formats formats;
    private final PeopleDirectory people;
    private final Clock clock;

    ExportFiles(Messages messages, Formats formats, PeopleDirectory people, Clock clock) {
        this.messages = messages;
        this.formats = formats;
        this.people = people;
        this.clock = clock;
    }

    byte[] csv(List<String> columns, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new)).get())) {
            printer.printRecords(rows);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @param subject the case's number, or the period */
    byte[] pdf(AuditExportKind kind, String subject, List<String> columns, List<List<String>> rows, Locale locale) {
        return PrintedDocument.titled(messages.get(kind.messageKey(), locale), subject)
                .fact(messages.get("pdf.audit.exportedBy", locale), people.nameOf(CurrentUser.username()))
                .fact(messages.get("pdf.audit.exportedAt", locale), formats.dateTime(clock.instant(), locale))
                .fact(messages.get("pdf.audit.rows", locale), formats.number(rows.size(), locale))
                .items(columns.stream().map(column -> messages.get("pdf.audit.column." + column, locale)).toList(),
                        rows)
                .inCopies(messages.get("pdf.copy.company", locale));
    }
}
