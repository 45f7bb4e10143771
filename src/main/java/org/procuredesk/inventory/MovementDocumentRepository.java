package org.procuredesk.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

/** Movement documents can be added and read; the repository offers no way to change or delete one. */
interface MovementDocumentRepository extends Repository<MovementDocument, Long> {

    MovementDocument save(MovementDocument document);

    Optional<MovementDocument> findByNumber(String number);

    List<MovementDocument> findByRequestIdOrderByRecordedAtAscIdAsc(Long requestId);

    /** The newest documents first, of the days between the two dates (inclusive), each given as null left open. */
    @Query("select d from MovementDocument d where (cast(:from as LocalDate) is null or d.date >= :from)"
            + " and (cast(:to as LocalDate) is null or d.date <= :to) order by d.id desc")
    List<MovementDocument> between(@Param("from") LocalDate from, @Param("to") LocalDate to, Limit limit);

    @Query("select d from MovementDocument d where :assetId member of d.assetIds order by d.recordedAt, d.id")
    List<MovementDocument> findByAsset(Long assetId);
}
