package org.procuredesk.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(p) > 0 from Person p join p.roles r where r = :role and p.active = true")
    boolean existsActiveWithRole(Role role);

    @Query("select count(p) from Person p join p.roles r where r = :role and p.active = true")
    long countActiveWithRole(Role role);

    @EntityGraph(attributePaths = {"department", "branch"})
    @Query("select p from Person p order by p.fullName")
    List<Person> findAllForAdministration();

    @Query("select p from Person p join p.roles r where r = :role and p.active = true")
    List<Person> findActiveWithRole(Role role);

    @Query("select p.username from Person p join p.roles r where r = :role and p.active = true order by p.username")
    List<String> findActiveUsernamesWithRole(Role role);
}
