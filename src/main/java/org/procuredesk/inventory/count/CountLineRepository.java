package org.procuredesk.inventory.count;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CountLineRepository extends JpaRepository<CountLine, Long> {

    /** The count's lines: the expected ones first, then those found besides, each in the order recorded. */
    List<CountLine> findByCountIdOrderByExpectedDescIdAsc(Long countId);

    boolean existsByCountIdAndIdentityKey(Long countId, String identityKey);

    boolean existsByCountIdAndDifferenceIsNotNull(Long countId);
}
