package org.procuredesk.system;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Documents the REST API answers with as files to save, under a name of their own. */
public final class Attachments {

    private Attachments() {
    }

    public static final String CSV = "text/csv";

    /** @param name the file's name without its {@code .pdf} */
    public static ResponseEntity<byte[]> pdf(String name, byte[] content) {
        return file(name + ".pdf", MediaType.APPLICATION_PDF, content);
    }

    /** @param name the file's name without its {@code .csv} */
    public static ResponseEntity<byte[]> csv(String name, byte[] content) {
        return file(name + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8), content);
    }

    private static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
