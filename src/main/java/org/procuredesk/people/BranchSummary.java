package org.procuredesk.people;

/** A branch as lists show it, at the version a change to it names. */
public record BranchSummary(Long id, String code, String name, String city, long version) {

    static BranchSummary of(Branch branch) {
        return new BranchSummary(branch.getId(), branch.getCode(), branch.getName(), branch.getCity(),
                branch.getVersion());
    }
}
