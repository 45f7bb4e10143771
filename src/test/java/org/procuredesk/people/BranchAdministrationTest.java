package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.procuredesk.people.Fixtures.uniqueCode;

import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ProcureDeskIntegrationTest
@WithMockUser(roles = "ADMIN")
class BranchAdministrationTest {

    @Autowired
    BranchAdministration branches;

    @Autowired
    WarehouseAdministration warehouses;

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void addsABranchWithAWarehouseAndMovesTheWarehouseToAnotherBranch() {
        BranchSummary iasi = branches.create(new BranchForm(uniqueCode(), "Iași branch", "Iași", null));
        BranchSummary brasov = branches.create(new BranchForm(uniqueCode(), "Brașov branch", "Brașov", null));
        String code = uniqueCode();

        WarehouseSummary added = warehouses.create(new WarehouseForm(code, "IT warehouse Iași", iasi.id(), null));
        WarehouseSummary moved = warehouses.update(added.id(),
                new WarehouseForm(code, "IT warehouse", brasov.id(), added.version()));

        assertThat(added.branchName()).isEqualTo("Iași branch");
        assertThat(moved.branchId()).isEqualTo(brasov.id());
        assertThat(warehouses.warehouses()).contains(moved);
        assertThat(branches.branches()).contains(iasi, brasov);
    }

    @Test
    void refusesEveryInvalidFieldInRomanianAndStoresNothing() {
        LocaleContextHolder.setLocale(Messages.ROMANIAN);

        assertThatThrownBy(() -> branches.create(new BranchForm("bad code", "Sibiu", null, null)))
                .asInstanceOf(type(ConstraintViolationException.class))
                .extracting(Fixtures::messagesByField)
                .isEqualTo(Map.of("code", "Folosiți între 1 și 20 de majuscule, cifre sau cratime.",
                        "city", "Acest câmp este obligatoriu."));
        assertThatThrownBy(() -> warehouses.create(new WarehouseForm(uniqueCode(), "Sibiu", null, null)))
                .asInstanceOf(type(ConstraintViolationException.class))
                .extracting(Fixtures::messagesByField)
                .isEqualTo(Map.of("branchId", "Acest câmp este obligatoriu."));
        assertThat(branches.branches()).noneMatch(branch -> branch.name().equals("Sibiu"));
    }

    @Test
    void refusesTakenCodesAndUnknownBranches() {
        BranchSummary branch = branches.create(new BranchForm(uniqueCode(), "Timișoara branch", "Timișoara", null));
        String code = uniqueCode();

        assertThatThrownBy(() -> branches.create(new BranchForm(branch.code(), "Copy", "Arad", null)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("branch.codeTaken"));
        assertThatThrownBy(() -> warehouses.create(new WarehouseForm(code, "Nowhere", Long.MAX_VALUE, null)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getField()).contains("branchId");
                    assertThat(refusal.getMessageKey()).isEqualTo("branch.unknown");
                });
        assertThat(warehouses.warehouses()).noneMatch(warehouse -> warehouse.code().equals(code));
    }

    @Test
    @WithMockUser(roles = {"WAREHOUSE", "IT_SUPPORT"})
    void refusesEveryoneButAdministrators() {
        assertThatThrownBy(() -> branches.branches()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> warehouses.warehouses()).isInstanceOf(AccessDeniedException.class);
    }
}
