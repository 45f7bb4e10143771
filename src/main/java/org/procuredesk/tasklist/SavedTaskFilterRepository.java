package org.procuredesk.tasklist;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedTaskFilterRepository extends JpaRepository<SavedTaskFilter, Long> {

    @Query("select f from SavedTaskFilter f where f.owner = :owner order by lower(f.name), f.id")
    List<SavedTaskFilter> findByOwner(String owner);

    /** The owner's filter of that name, whatever its case, as MySQL's collation compares names. */
    Optional<SavedTaskFilter> findFirstByOwnerAndNameIgnoreCaseOrderById(String owner, String name);

    long countByOwner(String owner);
}
