package org.procuredesk.system.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.procuredesk.system.DomainException;

/**
 * A link that downloads a CSV file written when it is clicked, through the signed-in session; a refusal (no such
 * record) answers 404.
 */
public final class CsvLink {

    private CsvLink() {
    }

    /** @param csv the file's UTF-8 bytes */
    public static Anchor of(String id, String text, String fileName, Supplier<byte[]> csv) {
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = csv.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8",
                        bytes.length);
            } catch (DomainException refusal) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, text);
        link.setId(id);
        return link;
    }
}
