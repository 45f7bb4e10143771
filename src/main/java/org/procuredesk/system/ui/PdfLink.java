package org.procuredesk.system.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;
import org.procuredesk.system.DomainException;

/**
 * A link that downloads a document as a PDF written when it is clicked, in the reader's language, through the signed-in
 * session; a refusal (no such document, not the reader's) answers 404.
 */
public final class PdfLink {

    private PdfLink() {
    }

    /** @param documentNumber names the downloaded file */
    public static Anchor of(String id, String text, String documentNumber, Function<Locale, byte[]> pdf) {
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = pdf.apply(event.getUI().getLocale());
                return new DownloadResponse(new ByteArrayInputStream(bytes), documentNumber + ".pdf",
                        "application/pdf", bytes.length);
            } catch (DomainException refusal) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, text);
        link.setId(id);
        link.setDownload(true);
        return link;
    }
}
