package org.procuredesk.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.procuredesk.system.Change;

/** What an administrator enters for a branch, a site of the company; a change names the version it was made to. */
public record BranchForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = FormPatterns.CODE, message = "{validation.code}") String code,
        @NotBlank(message = "{validation.required}")
        @Size(max = 120, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}")
        @Size(max = 120, message = "{validation.tooLong}") String city,
        @NotNull(groups = Change.class, message = "{validation.required}") Long version) {

    public static BranchForm blank() {
        return new BranchForm(null, null, null, null);
    }

    public static BranchForm of(BranchSummary branch) {
        return new BranchForm(branch.code(), branch.name(), branch.city(), branch.version());
    }
}
