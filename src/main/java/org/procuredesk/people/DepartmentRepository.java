package org.procuredesk.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    /** The head's user name alone, in one statement: without loading the department and then its head. */
    @Query("select h.username from Department d join d.head h where d.id = :id")
    Optional<String> findHeadUsername(Long id);

    @EntityGraph(attributePaths = "head")
    @Query("select d from Department d order by d.name")
    List<Department> findAllByName();
}
