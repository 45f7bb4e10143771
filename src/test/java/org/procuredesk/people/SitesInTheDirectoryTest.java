package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.people.Fixtures.uniqueCode;

import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Other features find a branch's IT warehouse, and the names of warehouses and branches, in the directory. */
@ProcureDeskIntegrationTest
@WithMockUser(roles = "ADMIN")
class SitesInTheDirectoryTest {

    @Autowired
    PeopleDirectory directory;
    @Autowired
    BranchAdministration branches;
    @Autowired
    WarehouseAdministration warehouses;

    @Test
    void eachDemoBranchHasItsOwnItWarehouse() {
        BranchSummary cluj = branches.branches().stream().filter(branch -> branch.code().equals("CLJ")).findFirst()
                .orElseThrow();

        assertThat(directory.warehouseOfBranch(cluj.id()).flatMap(directory::warehouseName))
                .hasValue("IT warehouse Cluj");
    }

    @Test
    void theFirstWarehouseOfABranchIsItsItWarehouse() {
        BranchSummary branch = branches.create(new BranchForm(uniqueCode(), "Sibiu branch", "Sibiu", null));
        WarehouseSummary first = warehouses.create(new WarehouseForm(uniqueCode(), "IT warehouse Sibiu", branch.id(), null));
        warehouses.create(new WarehouseForm(uniqueCode(), "Spare parts Sibiu", branch.id(), null));

        assertThat(directory.warehouseOfBranch(branch.id())).hasValue(first.id());
        assertThat(directory.branchName(branch.id())).hasValue("Sibiu branch");
    }

    @Test
    void aBranchWithoutWarehouseOrUnknownHasNone() {
        BranchSummary branch = branches.create(new BranchForm(uniqueCode(), "Arad branch", "Arad", null));

        assertThat(directory.warehouseOfBranch(branch.id())).isEmpty();
        assertThat(directory.warehouseOfBranch(Long.MAX_VALUE)).isEmpty();
        assertThat(directory.warehouseName(Long.MAX_VALUE)).isEmpty();
        assertThat(directory.branchName(Long.MAX_VALUE)).isEmpty();
    }
}
