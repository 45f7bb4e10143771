package org.procuredesk.inventory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.util.List;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.MessageTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register as a CSV file, out and in: the export streams as it is written, the import reads the request body. */
@RestController
@RequestMapping(ApiPaths.ASSETS)
@Tag(name = "Equipment register")
class RegisterFileEndpoints {

    static final String CSV = "text/csv";

    private final AssetExport export;
    private final AssetImport importer;
    private final MessageTexts texts;

    RegisterFileEndpoints(AssetExport export, AssetImport importer, MessageTexts texts) {
        this.export = export;
        this.importer = importer;
        this.texts = texts;
    }

    @GetMapping(value = "/csv", produces = CSV)
    @Operation(summary = "The assets the filters let through (as the list's: text, status, category) as CSV, UTF-8 with a byte order mark")
    void csv(@RequestParam(required = false) String text, @RequestParam(required = false) AssetStatus status,
             @RequestParam(required = false) EquipmentCategory category, HttpServletResponse response) {
        export.write(new AssetFilter(text, status, category), () -> {
            response.setContentType(CSV + ";charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(AssetExport.FILE_NAME).build().toString());
            return response.getOutputStream();
        });
    }

    @PostMapping(value = "/import", consumes = CSV)
    @Operation(summary = "Register the assets of a CSV file (the export's columns); answers the rows rejected and why. checkOnly registers nothing")
    ImportAnswer importCsv(@RequestParam(required = false) String fileName,
                           @RequestParam(defaultValue = "false") boolean checkOnly, InputStream body) {
        ImportReport report = importer.importCsv(fileName, body, checkOnly);
        List<RejectedAnswer> rejected = report.rejected().stream().map(row -> new RejectedAnswer(row.row(),
                row.inventoryNumber(), row.reasons().stream()
                        .map(reason -> texts.write(reason, LocaleContextHolder.getLocale())).toList())).toList();
        return new ImportAnswer(report.fileName(), report.checkOnly(), report.rows(), report.registered(), rejected);
    }

    /** The import's report with each reason written in the language of {@code Accept-Language}. */
    record ImportAnswer(String fileName, boolean checkOnly, int rows, int registered, List<RejectedAnswer> rejected) {
    }

    record RejectedAnswer(int row, String inventoryNumber, List<String> reasons) {
    }
}
