package org.procuredesk.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WarehouseRepository extends JpaRepository<Warehouse, Long> {

    Optional<Warehouse> findByCode(String code);

    Optional<Warehouse> findFirstByBranchIdOrderByIdAsc(Long branchId);

    @EntityGraph(attributePaths = "branch")
    @Query("select w from Warehouse w order by w.name")
    List<Warehouse> findAllByName();
}
