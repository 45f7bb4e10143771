package org.procuredesk.tasklist;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

    @Query("select s from Substitution s where s.person = :person and s.firstDay <= :day and s.lastDay >= :day"
            + " order by s.id desc")
    List<Substitution> findInForce(String person, LocalDate day);

    @Query("select distinct s.person from Substitution s where s.substitute = :substitute and s.firstDay <= :day"
            + " and s.lastDay >= :day")
    List<String> findPeopleSubstitutedBy(String substitute, LocalDate day);

    @Query("select s from Substitution s where s.person = :person order by s.firstDay desc")
    List<Substitution> findByPerson(String person);
}
