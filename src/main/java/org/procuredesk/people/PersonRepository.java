package org.procuredesk.people;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long>, PersonByUsername {

    boolean existsByUsername(String username);

    @Query("select count(p) > 0 from Person p join p.roles r where r = :role and p.active = true")
    boolean existsActiveWithRole(Role role);

    /** The active holders of the role, locked until the transaction ends; always in one order, against deadlocks. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p join p.roles r where r = :role and p.active = true order by p.id")
    List<Person> lockActiveWithRole(Role role);

    @EntityGraph(attributePaths = {"department", "branch"})
    @Query("select p.username from Person p where p.department.head.username = :head and p.active = true"
            + " and p.username <> :head order by p.username")
    List<String> findActiveUsernamesHeadedBy(String head);

    @Query("select p from Person p order by p.fullName")
    List<Person> findAllByName();

    @EntityGraph(attributePaths = {"department", "branch"})
    @Query("select p from Person p where p.active = true order by p.fullName")
    List<Person> findActiveByFullName();

    @Query("select p from Person p join p.roles r where r = :role and p.active = true")
    List<Person> findActiveWithRole(Role role);

    /** The user names alone, in one statement: without loading each person and their roles. */
    @Query("select p.username from Person p join p.roles r where r = :role and p.active = true order by p.username")
    List<String> findActiveUsernamesWithRole(Role role);
}
