package org.procuredesk.inventory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.procuredesk.inventory.ImportFile.Row;
import org.procuredesk.inventory.RowCheck.Checked;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Message;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * An existing inventory brought onto the register from CSV (the columns of {@link AssetExport}), by IT support and
 * the IT head. The file is read a row at a time and every row checked alone; when all are read, the accepted ones
 * are registered under the file's inventory numbers, a few hundred per transaction, and the rejected ones reported
 * with every reason. A check only registers nothing. Rows already on the register are rejected as duplicates, so
 * importing a file again registers nothing twice. A file of more rows than configured is refused whole.
 */
@Service
@PreAuthorize("hasAnyRole('IT_SUPPORT', 'IT_HEAD')")
public class AssetImport {

    private static final int CHUNK = 500;
    private static final int LONGEST_FILE_NAME = 200;

    private final AssetRepository assets;
    private final Holders holders;
    private final ImportRegistration registration;
    private final InventoryProperties properties;

    AssetImport(AssetRepository assets, Holders holders, ImportRegistration registration,
                InventoryProperties properties) {
        this.assets = assets;
        this.holders = holders;
        this.registration = registration;
        this.properties = properties;
    }

    public ImportReport importCsv(String fileName, InputStream csv, boolean checkOnly) {
        String recordedBy = CurrentUser.username();
        String name = name(fileName);
        RowCheck check = new RowCheck(assets, holders);
        List<Checked> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        int rows = 0;
        try (ImportFile file = ImportFile.open(csv)) {
            for (Optional<Row> row = file.next(); row.isPresent(); row = file.next()) {
                if (++rows > properties.importMaxRows()) {
                    throw new DomainException("asset.import.tooManyRows", properties.importMaxRows());
                }
                Checked checked = check.check(row.get());
                if (checked.accepted()) {
                    accepted.add(checked);
                } else {
                    rejected.add(checked.rejected());
                }
            }
        }
        int registered = checkOnly ? accepted.size() : register(accepted, name, recordedBy, rejected);
        rejected.sort(Comparator.comparingInt(RejectedRow::row));
        return new ImportReport(name, checkOnly, rows, registered, List.copyOf(rejected));
    }

    /** Registers the rows a chunk at a time; a chunk another registration got in the way of goes a row at a time. */
    private int register(List<Checked> accepted, String fileName, String recordedBy, List<RejectedRow> rejected) {
        int registered = 0;
        for (int from = 0; from < accepted.size(); from += CHUNK) {
            List<Checked> chunk = accepted.subList(from, Math.min(from + CHUNK, accepted.size()));
            try {
                registration.register(chunk.stream().map(Checked::entry).toList(), fileName, recordedBy);
                registered += chunk.size();
            } catch (DataIntegrityViolationException registeredMeanwhile) {
                for (Checked row : chunk) {
                    try {
                        registration.register(List.of(row.entry()), fileName, recordedBy);
                        registered++;
                    } catch (DataIntegrityViolationException taken) {
                        rejected.add(new RejectedRow(row.row(), row.inventoryNumber(),
                                List.of(Message.of("asset.import.registeredMeanwhile"))));
                    }
                }
            }
        }
        return registered;
    }

    /** The file's name without its folders, as the opening documents cite it. */
    private static String name(String fileName) {
        String name = Optional.ofNullable(Text.orNull(fileName)).orElse("import.csv");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > LONGEST_FILE_NAME ? name.substring(0, LONGEST_FILE_NAME) : name;
    }
}
