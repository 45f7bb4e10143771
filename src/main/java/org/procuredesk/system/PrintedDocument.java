package org.procuredesk.system;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A printable document (receipt, movement, dispatch note) as a PDF: a title and number, its facts, a table
 * of items and signature lines, repeated once per copy (company, employee), each copy starting on a new page
 * and saying which copy it is. Written with DejaVu Sans, embedded, so Romanian letters print as they are.
 */
public final class PrintedDocument {

    private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private final String title;
    private final String number;
    private final List<String[]> facts = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> signatures = new ArrayList<>();

    private PrintedDocument(String title, String number) {
        this.title = title;
        this.number = number;
    }

    public static PrintedDocument titled(String title, String number) {
        return new PrintedDocument(title, number);
    }

    public PrintedDocument fact(String label, String value) {
        facts.add(new String[] {label, value == null ? "" : value});
        return this;
    }

    public PrintedDocument items(List<String> columnHeaders, List<List<String>> itemRows) {
        headers.addAll(columnHeaders);
        rows.addAll(itemRows);
        return this;
    }

    public PrintedDocument signatures(String... whoSigns) {
        signatures.addAll(List.of(whoSigns));
        return this;
    }

    /** @param copyLabels one label per copy, e.g. "Company copy", "Employee copy" */
    public byte[] inCopies(String... copyLabels) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, pdf);
        document.open();
        for (int copy = 0; copy < copyLabels.length; copy++) {
            if (copy > 0) {
                document.newPage();
            }
            write(document, copyLabels[copy]);
        }
        document.close();
        return pdf.toByteArray();
    }

    private void write(Document document, String copyLabel) {
        add(document, paragraph(copyLabel, new Font(REGULAR, 9), Element.ALIGN_RIGHT));
        add(document, paragraph(title + " " + number, new Font(BOLD, 16), Element.ALIGN_LEFT));
        PdfPTable factTable = table(2, new float[] {1, 2}, table -> facts.forEach(fact -> {
            table.addCell(cell(fact[0], new Font(BOLD, 10), false));
            table.addCell(cell(fact[1], new Font(REGULAR, 10), false));
        }));
        add(document, factTable);
        if (!headers.isEmpty()) {
            add(document, table(headers.size(), null, table -> {
                headers.forEach(header -> table.addCell(cell(header, new Font(BOLD, 9), true)));
                rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, new Font(REGULAR, 9), true))));
            }));
        }
        PdfPTable signatureTable = table(Math.max(1, signatures.size()), null, table -> signatures.forEach(who -> {
            PdfPCell cell = cell(who + "\n\n\n______________________", new Font(REGULAR, 10), false);
            cell.setPaddingTop(30);
            table.addCell(cell);
        }));
        add(document, signatureTable);
    }

    private static PdfPTable table(int columns, float[] widths, Consumer<PdfPTable> fill) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        if (widths != null) {
            table.setWidths(widths);
        }
        fill.accept(table);
        table.completeRow();
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean bordered) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        if (!bordered) {
            cell.setBorder(PdfPCell.NO_BORDER);
        }
        return cell;
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException unwritable) {
            throw new IllegalStateException("Could not write the document", unwritable);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PrintedDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
