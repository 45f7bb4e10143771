package org.procuredesk.tasklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** While a person is out of office, from the first to the last day, their substitute decides for them. */
@Entity
@Table(name = "substitution")
class Substitution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "person_username", nullable = false, length = 64)
    private String person;

    @Column(name = "substitute_username", nullable = false, length = 64)
    private String substitute;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    protected Substitution() {
    }

    Substitution(String person, String substitute, LocalDate firstDay, LocalDate lastDay) {
        this.person = person;
        this.substitute = substitute;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    SubstitutionView view() {
        return new SubstitutionView(id, person, substitute, firstDay, lastDay);
    }

    String substitute() {
        return substitute;
    }

    boolean isOf(String username) {
        return person.equals(username);
    }

    boolean isOverBy(LocalDate day) {
        return lastDay.isBefore(day);
    }

    /** Whether it stood for a whole day before {@code day}: whether it has days gone by to keep. */
    boolean stoodBefore(LocalDate day) {
        return firstDay.isBefore(day);
    }

    /** Makes {@code day} its last, which is never before its first day. */
    void endOn(LocalDate day) {
        lastDay = day;
    }
}
