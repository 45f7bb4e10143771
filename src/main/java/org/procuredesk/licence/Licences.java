package org.procuredesk.licence;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The licensed software IT keeps records of, and who or what holds its seats: kept by IT support, its head and the
 * IT head; read also by auditors, who are not shown licence keys. No licence ever has more seats in use than bought.
 */
@Service
@Validated
@Transactional
public class Licences {

    static final String KEEPERS = "hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'IT_HEAD')";
    static final String READERS = "hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'IT_HEAD', 'AUDITOR')";
    private static final Set<String> KEY_READERS = Set.of("ROLE_IT_SUPPORT", "ROLE_IT_SUPPORT_HEAD", "ROLE_IT_HEAD");

    private final LicenceRepository licences;
    private final LicenceAssignmentRepository assignments;
    private final Assignees assignees;
    private final LicenceProperties properties;
    private final Clock clock;

    Licences(LicenceRepository licences, LicenceAssignmentRepository assignments, Assignees assignees,
             LicenceProperties properties, Clock clock) {
        this.licences = licences;
        this.assignments = assignments;
        this.assignees = assignees;
        this.properties = properties;
        this.clock = clock;
    }

    @PreAuthorize(KEEPERS)
    public LicenceDetail create(@Valid LicenceForm form) {
        return detail(licences.saveAndFlush(new Licence(form)));
    }

    /** Refused when fewer seats would remain than are in use; a new expiry date re-arms the reminder. */
    @PreAuthorize(KEEPERS)
    public LicenceDetail change(long id, @Valid LicenceForm form) {
        Licence licence = existing(id);
        licence.change(form);
        return detail(licences.saveAndFlush(licence));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<LicenceSummary> list() {
        LocalDate today = LocalDate.now(clock);
        return licences.findAllByOrderByProductAscVendorAscIdAsc().stream()
                .map(licence -> licence.summary(today, properties.reminderDays())).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public LicenceDetail detail(long id) {
        return detail(existing(id));
    }

    /**
     * Gives one seat to the person or asset. Refused when the licence has expired, already has them, or has no seat
     * left: of several people assigning its last seat at once, one gets it.
     */
    @PreAuthorize(KEEPERS)
    public AssignmentView assign(long id, @Valid AssignmentForm form) {
        Licence licence = existing(id);
        if (licence.expiredOn(LocalDate.now(clock))) {
            throw new DomainException("licence.expired", licence.getProduct());
        }
        String assignee = form.assignee().strip();
        assignees.refuseUnknown(form.kind(), assignee);
        if (assignments.existsByLicenceIdAndAssigneeKindAndActiveAssignee(id, form.kind(), assignee)) {
            throw alreadyAssigned(licence, assignee);
        }
        if (licences.takeSeat(id) == 0) {
            throw new DomainException("licence.noSeatLeft", licence.getProduct(), licence.getSeats());
        }
        try {
            return assignments.saveAndFlush(new LicenceAssignment(id, form.kind(), assignee, CurrentUser.username(),
                    clock.instant().truncatedTo(ChronoUnit.SECONDS))).view();
        } catch (DataIntegrityViolationException assignedMeanwhile) {
            throw alreadyAssigned(licence, assignee);
        }
    }

    /** Ends an assignment in force, keeping it in the licence's history, and frees its seat. */
    @PreAuthorize(KEEPERS)
    public void unassign(long id, long assignmentId) {
        existing(id);
        boolean removed = licences.freeSeat(id) == 1 && assignments.remove(id, assignmentId, CurrentUser.username(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS)) == 1;
        if (!removed) {
            throw new DomainException("licenceAssignment.notFound", String.valueOf(assignmentId));
        }
    }

    private LicenceDetail detail(Licence licence) {
        return new LicenceDetail(licence.summary(LocalDate.now(clock), properties.reminderDays()),
                readsKeys() ? licence.getLicenceKey() : null,
                assignments.history(licence.getId()).stream().map(LicenceAssignment::view).toList());
    }

    private Licence existing(long id) {
        return licences.findById(id).orElseThrow(() -> new DomainException("licence.notFound", String.valueOf(id)));
    }

    private static DomainException alreadyAssigned(Licence licence, String assignee) {
        return DomainException.ofField("assignee", "licence.alreadyAssigned", licence.getProduct(), assignee);
    }

    private static boolean readsKeys() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(KEY_READERS::contains);
    }
}
