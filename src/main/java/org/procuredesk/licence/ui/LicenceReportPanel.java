package org.procuredesk.licence.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.procuredesk.licence.Finding;
import org.procuredesk.licence.LicenceReport;
import org.procuredesk.system.Formats;

/** Unlicensed and expiring software: the report's findings, and the same as a CSV download. */
class LicenceReportPanel extends VerticalLayout {

    private final Grid<Finding> grid = new Grid<>();
    private final LicenceReport report;

    LicenceReportPanel(LicenceReport report, Formats formats) {
        this.report = report;
        setId("licence-report");
        setPadding(false);
        grid.setId("licence-findings");
        grid.setAllRowsVisible(true);
        grid.addColumn(finding -> getTranslation("licence.finding." + finding.kind().name()))
                .setHeader(getTranslation("licence.finding")).setAutoWidth(true);
        grid.addColumn(Finding::product).setHeader(getTranslation("licence.product")).setFlexGrow(1);
        grid.addColumn(Finding::vendor).setHeader(getTranslation("licence.vendor")).setAutoWidth(true);
        grid.addColumn(finding -> formats.date(finding.expiresOn(), getLocale()))
                .setHeader(getTranslation("licence.expiresOn")).setAutoWidth(true);
        grid.addColumn(Finding::daysLeft).setHeader(getTranslation("licence.daysLeft")).setAutoWidth(true);
        grid.addColumn(finding -> finding.seatsUsed() + " / " + finding.seats())
                .setHeader(getTranslation("licence.seatsHeader")).setAutoWidth(true);
        grid.addColumn(finding -> String.join(", ", finding.assignees())).setHeader(getTranslation("licence.holders"))
                .setFlexGrow(1);
        add(csvLink(report), grid);
    }

    /** Reads the findings as of now. */
    void refresh() {
        grid.setItems(report.findings());
    }

    private Anchor csvLink(LicenceReport report) {
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = report.csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), LicenceReport.FILE_NAME,
                    "text/csv;charset=UTF-8", bytes.length);
        });
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation("licence.csv"));
        link.setId("licence-report-csv");
        return link;
    }
}
