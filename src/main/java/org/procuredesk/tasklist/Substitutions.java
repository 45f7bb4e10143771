package org.procuredesk.tasklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Out of office: a person names a substitute for a range of days. Approvals that would go to them
 * on those days go to the substitute, who decides "acting for" them.
 */
@Service
@Validated
@Transactional
public class Substitutions {

    private static final Logger LOG = LoggerFactory.getLogger(Substitutions.class);

    private final SubstitutionRepository substitutions;
    private final PeopleDirectory peopleDirectory;
    private final Clock clock;

    Substitutions(SubstitutionRepository substitutions, PeopleDirectory peopleDirectory, Clock clock) {
        this.substitutions = substitutions;
        this.peopleDirectory = peopleDirectory;
        this.clock = clock;
    }

    /** The signed-in person names their substitute. */
    @PreAuthorize("isAuthenticated()")
    public SubstitutionView name(@Valid SubstitutionForm form) {
        String me = CurrentUser.username();
        if (form.substitute().equals(me)) {
            throw DomainException.ofField("substitute", "substitution.self");
        }
        if (!peopleDirectory.isActive(form.substitute())) {
            throw DomainException.ofField("substitute", "substitution.unknownPerson");
        }
        if (form.lastDay().isBefore(form.firstDay())) {
            throw DomainException.ofField("lastDay", "substitution.endsBeforeItStarts");
        }
        if (form.lastDay().isBefore(LocalDate.now(clock))) {
            throw DomainException.ofField("lastDay", "substitution.inThePast");
        }
        return substitutions.save(new Substitution(me, form.substitute(), form.firstDay(), form.lastDay())).view();
    }

    /**
     * The signed-in person ends one of their substitutions, because they are back early or no longer going
     * away: from today on, what is theirs to decide comes to them again. One that has not stood for a day
     * before today (it starts today or later) is deleted, as if never named; one in force since an earlier day
     * keeps the days gone by, so it still says who stood in for them then, and ends yesterday. Approvals already
     * given to the substitute stay with the substitute. One already over is refused; another person's, like
     * one that does not exist, is not found.
     */
    @PreAuthorize("isAuthenticated()")
    public void end(@NotNull(message = "{validation.required}") Long id) {
        String me = CurrentUser.username();
        Substitution substitution = substitutions.findById(id).filter(found -> found.isOf(me))
                .orElseThrow(() -> notFound(me, id));
        LocalDate today = LocalDate.now(clock);
        if (substitution.isOverBy(today)) {
            throw new DomainException("substitution.alreadyOver");
        }
        if (substitution.stoodBefore(today)) {
            substitution.endOn(today.minusDays(1));
        } else {
            substitutions.delete(substitution);
        }
    }

    /** The active people who may stand in for the signed-in person: everyone but themselves, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonSummary> possibleSubstitutes() {
        String me = CurrentUser.username();
        return peopleDirectory.activePeople().stream().filter(person -> !person.username().equals(me)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SubstitutionView> mine() {
        String me = CurrentUser.username();
        return substitutions.findByPerson(me).stream().map(Substitution::view).toList();
    }

    /** The people {@code substitute} stands in for today: those out of office who named them last. */
    @Transactional(readOnly = true)
    public Set<String> actingForToday(String substitute) {
        return substitutions.findPeopleSubstitutedBy(substitute, LocalDate.now(clock)).stream()
                .filter(person -> substituteToday(person).filter(substitute::equals).isPresent())
                .collect(Collectors.toSet());
    }

    /** Who decides for {@code person} today: their substitute while they are out, else nobody. */
    @Transactional(readOnly = true)
    public Optional<String> substituteToday(String person) {
        return substitutions.findInForce(person, LocalDate.now(clock)).stream().findFirst()
                .map(Substitution::substitute);
    }

    private static DomainException notFound(String username, Long id) {
        LOG.warn("Refused to end substitution {} to '{}': not theirs, or no such substitution", id, username);
        return new DomainException("substitution.notFound", String.valueOf(id));
    }
}
