package org.procuredesk.inventory;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as CSV for everyone who may read it: one row per asset the filter lets through, by inventory
 * number, every column, UTF-8 with a byte order mark, a header row. Written a page at a time as it is read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'WAREHOUSE', 'IT_HEAD', 'AUDITOR')")
public class AssetExport {

    public static final String FILE_NAME = "equipment-register.csv";
    private static final int PAGE_SIZE = 500;

    private final AssetRepository assets;
    private final Holders holders;
    private final EntityManager entityManager;

    AssetExport(AssetRepository assets, Holders holders, EntityManager entityManager) {
        this.assets = assets;
        this.holders = holders;
        this.entityManager = entityManager;
    }

    /** @param target opened once the reader may export, so a refusal has written nothing yet */
    public void write(AssetFilter filter, Target target) {
        Function<Holder, String> names = holders.names();
        try {
            Writer writer = new OutputStreamWriter(target.open(), StandardCharsets.UTF_8);
            writer.write(AssetCsv.BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(AssetCsv.HEADER).get());
            PageRequest page = PageRequest.of(0, PAGE_SIZE, Sort.by("inventoryNumber"));
            Slice<Asset> slice;
            do {
                slice = assets.findAll(AssetSpecifications.matching(filter), page);
                for (Asset asset : slice) {
                    printer.printRecord(AssetCsv.row(asset.entry(), names.apply(asset.holder())));
                }
                entityManager.clear();
                page = page.next();
            } while (slice.hasNext());
            printer.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Where the file goes: a response, a download. */
    @FunctionalInterface
    public interface Target {
        OutputStream open() throws IOException;
    }
}
