package org.procuredesk.people;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.RecordEndpoints;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Branches, for administrators. */
@RestController
@RequestMapping(ApiPaths.BRANCHES)
@Tag(name = "Branches")
class BranchEndpoints extends RecordEndpoints<BranchSummary, BranchForm> {

    BranchEndpoints(BranchAdministration branches) {
        super(branches::branches, branches::branch, branches::create, branches::update, BranchSummary::id);
    }
}
