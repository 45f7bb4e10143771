package org.procuredesk.people;

/** A branch as lists show it. */
public record BranchSummary(Long id, String code, String name, String city) {

    static BranchSummary of(Branch branch) {
        return new BranchSummary(branch.getId(), branch.getCode(), branch.getName(), branch.getCity());
    }
}
