package org.procuredesk.budget.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.procuredesk.budget.BudgetExport;

/** A link that downloads a budget's lines as CSV, written when it is clicked. */
final class CsvLink {

    private CsvLink() {
    }

    static Anchor of(String period, Supplier<String> csv) {
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), BudgetExport.fileName(period),
                    "text/csv;charset=UTF-8", bytes.length);
        });
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, "");
        link.setText(link.getTranslation("budget.csv"));
        link.setId("budget-csv");
        return link;
    }
}
