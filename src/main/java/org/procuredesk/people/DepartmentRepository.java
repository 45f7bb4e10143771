package org.procuredesk.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    @EntityGraph(attributePaths = "head")
    @Query("select d from Department d order by d.name")
    List<Department> findAllByName();
}
