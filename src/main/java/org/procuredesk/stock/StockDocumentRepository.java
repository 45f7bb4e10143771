package org.procuredesk.stock;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

/** Saves and reads stock documents; it has no way to change or delete one. */
interface StockDocumentRepository extends Repository<StockDocument, Long> {

    StockDocument saveAndFlush(StockDocument document);

    Optional<StockDocument> findById(Long id);

    Optional<StockDocument> findByNumber(String number);

    Optional<StockDocument> findByReversesId(Long reversesId);

    List<StockDocument> findByIdIn(Collection<Long> ids);

    List<StockDocument> findByReversesIdIn(Collection<Long> reversesIds);

    /** The newest documents first; a part of the filter given as null matches every document. */
    @Query("select d from StockDocument d where (:kind is null or d.kind = :kind)"
            + " and (cast(:from as LocalDate) is null or d.date >= :from)"
            + " and (cast(:to as LocalDate) is null or d.date <= :to)"
            + " and (:warehouseId is null or d.from = :warehouseId or d.to = :warehouseId) order by d.id desc")
    List<StockDocument> search(@Param("kind") StockDocumentKind kind, @Param("from") LocalDate from,
                               @Param("to") LocalDate to, @Param("warehouseId") Long warehouseId, Limit limit);
}
