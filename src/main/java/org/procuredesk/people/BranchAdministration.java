package org.procuredesk.people;

import static org.procuredesk.people.UniqueValue.BRANCH_CODE;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import org.procuredesk.system.Change;
import org.procuredesk.system.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The administrator's work on branches, the company's sites. */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class BranchAdministration {

    private final BranchRepository branches;

    BranchAdministration(BranchRepository branches) {
        this.branches = branches;
    }

    /** Every branch, by name. */
    @Transactional(readOnly = true)
    public List<BranchSummary> branches() {
        return branches.findAllByName().stream().map(BranchSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public BranchSummary branch(Long id) {
        return BranchSummary.of(existing(id));
    }

    public BranchSummary create(@Valid BranchForm form) {
        refuseTakenCode(form, null);
        Branch branch = new Branch(form.code(), form.name(), form.city());
        return BranchSummary.of(BRANCH_CODE.store(branches, branch, form.code()));
    }

    /** Changes the branch, unless someone else changed it since the version the form was made to. */
    @Validated({Default.class, Change.class})
    public BranchSummary update(Long id, @Valid BranchForm form) {
        Branch branch = existing(id);
        branch.requireVersion(form.version());
        refuseTakenCode(form, id);
        branch.update(form.code(), form.name(), form.city());
        return BranchSummary.of(BRANCH_CODE.store(branches, branch, form.code()));
    }

    private void refuseTakenCode(BranchForm form, Long ownId) {
        BRANCH_CODE.refuseTaken(branches.findByCode(form.code()), ownId, form.code());
    }

    private Branch existing(Long id) {
        return branches.findById(id).orElseThrow(() -> new DomainException("branch.notFound", String.valueOf(id)));
    }
}
