package org.procuredesk.system;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Documents the REST API answers with as files to save, under a name of their own. */
public final class Attachments {

    private Attachments() {
    }

    /** @param name the file's name without its {@code .pdf} */
    public static ResponseEntity<byte[]> pdf(String name, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + ".pdf").build().toString())
                .body(content);
    }
}
