package org.procuredesk.inventory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Movement documents can be added and read; the repository offers no way to change or delete one. */
interface MovementDocumentRepository extends Repository<MovementDocument, Long> {

    MovementDocument save(MovementDocument document);

    Optional<MovementDocument> findByNumber(String number);

    List<MovementDocument> findByRequestIdOrderByRecordedAtAscIdAsc(Long requestId);

    @Query("select d from MovementDocument d where :assetId member of d.assetIds order by d.recordedAt, d.id")
    List<MovementDocument> findByAsset(Long assetId);
}
