package org.procuredesk.tasklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.UniqueConstraint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The signed-in person's saved task list filters: which list, narrowed how and sorted how, under names of
 * their own. Each person sees and deletes only their own.
 */
@Service
@Validated
@Transactional
public class SavedTaskFilters {

    /** The most filters one person may keep. */
    public static final int MAX_PER_PERSON = 50;

    private static final Logger LOG = LoggerFactory.getLogger(SavedTaskFilters.class);
    private static final UniqueConstraint NAME = new UniqueConstraint("uk_saved_task_filter_name");

    private final SavedTaskFilterRepository filters;
    private final Clock clock;

    SavedTaskFilters(SavedTaskFilterRepository filters, Clock clock) {
        this.filters = filters;
        this.clock = clock;
    }

    /** My saved filters, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SavedFilter> mine() {
        return filters.findByOwner(CurrentUser.username()).stream().map(SavedTaskFilter::view).toList();
    }

    /**
     * Saves the settings under their name. A person's names are unique, whatever their case: saving under a name
     * I already use replaces the filter saved under it. A new name is refused once I keep {@value #MAX_PER_PERSON}.
     */
    @PreAuthorize("isAuthenticated()")
    public SavedFilter save(@Valid SavedFilterForm form) {
        form.filter().checkAmountRange();
        String me = CurrentUser.username();
        SavedTaskFilter filter = filters.findFirstByOwnerAndNameIgnoreCaseOrderById(me, form.name())
                .orElseGet(() -> newFilter(me));
        filter.define(form);
        return store(filter, form.name()).view();
    }

    /** Deletes one of my saved filters; another person's does not exist for me. */
    @PreAuthorize("isAuthenticated()")
    public void delete(@NotNull(message = "{validation.required}") Long id) {
        String me = CurrentUser.username();
        SavedTaskFilter filter = filters.findById(id).orElseThrow(SavedTaskFilters::notFound);
        if (!filter.isOwnedBy(me)) {
            LOG.warn("Refused to delete saved task filter {} to '{}': it is not theirs", id, me);
            throw notFound();
        }
        filters.delete(filter);
    }

    private SavedTaskFilter newFilter(String owner) {
        if (filters.countByOwner(owner) >= MAX_PER_PERSON) {
            throw new DomainException("tasks.filter.tooMany", MAX_PER_PERSON);
        }
        return new SavedTaskFilter(owner, clock.instant());
    }

    /** Stores at once, so that a name another save took meanwhile is refused on the name, not as a failure. */
    private SavedTaskFilter store(SavedTaskFilter filter, String name) {
        try {
            return filters.saveAndFlush(filter);
        } catch (DataIntegrityViolationException violation) {
            if (NAME.isViolatedBy(violation)) {
                throw DomainException.ofField("name", "tasks.filter.savedMeanwhile", name);
            }
            throw violation;
        }
    }

    private static DomainException notFound() {
        return new DomainException("tasks.filter.notFound");
    }
}
