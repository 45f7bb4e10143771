package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.util.Locale;
import java.util.stream.Collectors;
import org.procuredesk.inventory.AssetImport;
import org.procuredesk.inventory.ImportReport;
import org.procuredesk.inventory.RejectedRow;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Message;
import org.procuredesk.system.MessageTexts;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Uploads a CSV file of assets, registers its valid rows (or only checks them) as it streams in, and shows the
 * report: how many rows were registered and every rejected row with its reasons.
 */
class ImportDialog extends Dialog {

    private final AssetImport importer;
    private final MessageTexts texts;
    private final Locale locale;
    private final Runnable imported;
    private final Checkbox checkOnly = new Checkbox();
    private final Span summary = new Span();
    private final Grid<RejectedRow> rejected = new Grid<>();
    private volatile boolean onlyChecking;

    /** @param imported runs once rows were registered */
    ImportDialog(AssetImport importer, MessageTexts texts, Runnable imported) {
        this.importer = importer;
        this.texts = texts;
        this.locale = getLocale();
        this.imported = imported;
        setId("import-dialog");
        setHeaderTitle(getTranslation("equipment.importTitle"));
        setWidth("60em");
        checkOnly.setId("import-check-only");
        checkOnly.setLabel(getTranslation("equipment.checkOnly"));
        checkOnly.addValueChangeListener(change -> onlyChecking = change.getValue());
        Upload upload = new Upload(this::importFile);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        summary.setId("import-summary");
        rejected.setId("import-rejected");
        rejected.setAllRowsVisible(true);
        rejected.addColumn(RejectedRow::row).setHeader(getTranslation("equipment.importRow")).setAutoWidth(true);
        rejected.addColumn(RejectedRow::inventoryNumber).setHeader(getTranslation("asset.inventoryNumber"))
                .setAutoWidth(true);
        rejected.addColumn(row -> row.reasons().stream().map(reason -> texts.write(reason, locale))
                .collect(Collectors.joining(" "))).setHeader(getTranslation("equipment.importReasons"))
                .setFlexGrow(1);
        rejected.setVisible(false);
        add(new Paragraph(getTranslation("equipment.importHint")), checkOnly, upload, summary, rejected);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    /** Runs in the upload's request, outside the UI's lock: reads the stream, then shows the report in the UI. */
    private void importFile(UploadEvent upload) {
        UI ui = upload.getUI();
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            ImportReport report = importer.importCsv(upload.getFileName(), upload.getInputStream(), onlyChecking);
            ui.access(() -> show(report));
        } catch (DomainException refusal) {
            ui.access(() -> {
                summary.setText(texts.write(Message.of(refusal), locale));
                rejected.setVisible(false);
            });
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private void show(ImportReport report) {
        summary.setText(getTranslation(report.checkOnly() ? "equipment.checked" : "equipment.imported",
                report.fileName(), report.registered(), report.rows(), report.rejected().size()));
        rejected.setItems(report.rejected());
        rejected.setVisible(!report.rejected().isEmpty());
        if (!report.checkOnly() && report.registered() > 0) {
            imported.run();
        }
    }
}
