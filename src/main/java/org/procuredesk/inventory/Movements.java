package org.procuredesk.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.procuredesk.system.DocumentNumbers;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** Moves assets from the one holder they share to another, on one numbered movement document (series MOV). */
@Component
class Movements {

    private static final String SERIES = "MOV";

    private final AssetRepository assets;
    private final MovementDocumentRepository documents;
    private final DocumentNumbers numbers;
    private final Holders holders;
    private final Clock clock;

    Movements(AssetRepository assets, MovementDocumentRepository documents, DocumentNumbers numbers, Holders holders,
              Clock clock) {
        this.assets = assets;
        this.documents = documents;
        this.numbers = numbers;
        this.holders = holders;
        this.clock = clock;
    }

    /** Moves the assets with these inventory numbers; one reserved for an application moves only when issued for it. */
    MovementDocument move(List<String> inventoryNumbers, Holder to, String reason, String recordedBy) {
        List<String> named = inventoryNumbers == null ? List.of() : inventoryNumbers.stream().distinct().toList();
        if (named.isEmpty()) {
            throw new DomainException("movement.nothingToMove");
        }
        List<Asset> moving = assets.lockByInventoryNumbers(named);
        if (moving.size() < named.size()) {
            throw new DomainException("movement.unknownAsset");
        }
        if (moving.stream().anyMatch(asset -> asset.getReservedForRequestId() != null)) {
            throw new DomainException("movement.reservedAsset");
        }
        return move(moving, to, reason, null, recordedBy);
    }

    /** Refused when nothing moves, the assets have several holders, one is written off, or the receiver is unknown. */
    MovementDocument move(List<Asset> moving, Holder to, String reason, Long requestId, String recordedBy) {
        if (Text.orNull(recordedBy) == null) {
            throw new DomainException("movement.recordedByRequired");
        }
        holders.known(to);
        Holder from = onlyHolderOf(moving);
        if (from.equals(to)) {
            throw new DomainException("movement.sameHolder", holders.nameOf(to));
        }
        moving.forEach(asset -> asset.moveTo(to));
        return record(new Movement(from, to, reason, requestId, moving.stream().map(Asset::getId).toList()),
                recordedBy);
    }

    /** Writes the movement on a document of its own, under the series' next number. */
    MovementDocument record(Movement movement, String recordedBy) {
        // whole seconds, as every database keeps them (MySQL is sent none), so the document reads back as written
        return documents.save(new MovementDocument(numbers.next(SERIES), movement, recordedBy.strip(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), LocalDate.now(clock)));
    }

    private static Holder onlyHolderOf(List<Asset> moving) {
        List<Holder> from = moving.stream().map(Asset::holder).distinct().toList();
        if (from.isEmpty()) {
            throw new DomainException("movement.nothingToMove");
        }
        if (from.size() > 1) {
            throw new DomainException("movement.severalHolders");
        }
        return from.get(0);
    }
}
