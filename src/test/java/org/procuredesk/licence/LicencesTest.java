package org.procuredesk.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procuredesk.SignedIn;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.NewAsset;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.PurchaseRequestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The seats of a licence: never more in use than bought, each person or asset once, none once it expired. */
class LicencesTest extends WithLicences {

    @Autowired
    AssetRegister register;
    @Autowired
    PurchaseRequestService requests;

    @Test
    void assigningMoreSeatsThanBoughtIsRefusedAndTakesNoSeat() {
        LicenceSummary licence = newLicence(2, today().plusYears(1));
        assignPerson(licence, "ana.requester");
        assignPerson(licence, "mihai.manager");

        assertRefused(() -> assignPerson(licence, "carmen.finance"), "licence.noSeatLeft");

        LicenceDetail detail = detail(licence);
        assertThat(detail.summary().seatsUsed()).isEqualTo(2);
        assertThat(detail.assignments()).extracting(AssignmentView::assignee)
                .containsExactlyInAnyOrder("ana.requester", "mihai.manager");
    }

    @Test
    void theSamePersonTwiceOnOneLicenceIsRefused() {
        LicenceSummary licence = newLicence(5, null);
        assignPerson(licence, "ana.requester");

        assertRefused(() -> assignPerson(licence, "ana.requester"), "licence.alreadyAssigned");

        assertThat(detail(licence).summary().seatsUsed()).isEqualTo(1);
    }

    @Test
    void anExpiredLicenceCannotBeAssigned() {
        LicenceSummary licence = newLicence(5, today().minusDays(1));

        assertRefused(() -> assignPerson(licence, "ana.requester"), "licence.expired");

        assertThat(detail(licence).assignments()).isEmpty();
        assertThat(detail(licence).summary().expiry()).isEqualTo(ExpiryStatus.EXPIRED);
    }

    @Test
    void aLicenceExpiringTodayIsStillAssigned() {
        LicenceSummary licence = newLicence(1, today());

        assertThat(assignPerson(licence, "ana.requester").active()).isTrue();
    }

    @Test
    void reducingTheSeatsBelowThoseInUseIsRefusedAndChangesNothing() {
        LicenceSummary licence = newLicence(3, null);
        assignPerson(licence, "ana.requester");
        assignPerson(licence, "mihai.manager");

        assertRefused(() -> asSupport(() -> licences.change(licence.id(),
                form(licence.product(), 1, null))), "licence.seatsBelowUse");
        asSupport(() -> licences.change(licence.id(), form(licence.product(), 2, null)));

        assertThat(detail(licence).summary().seats()).isEqualTo(2);
        assertThat(detail(licence).summary().seatsUsed()).isEqualTo(2);
    }

    @Test
    void removingAnAssignmentFreesItsSeatAndKeepsItInTheHistory() {
        LicenceSummary licence = newLicence(1, null);
        AssignmentView first = assignPerson(licence, "ana.requester");

        asSupport(() -> {
            licences.unassign(licence.id(), first.id());
            return null;
        });
        assignPerson(licence, "ana.requester");

        LicenceDetail detail = detail(licence);
        assertThat(detail.summary().seatsUsed()).isEqualTo(1);
        assertThat(detail.assignments()).extracting(AssignmentView::active).containsExactly(true, false);
        assertThat(detail.assignments().get(1).removedBy()).isEqualTo(SUPPORT);
        assertRefused(() -> asSupport(() -> {
            licences.unassign(licence.id(), first.id());
            return null;
        }), "licenceAssignment.notFound");
        assertThat(detail(licence).summary().seatsUsed()).isEqualTo(1);
    }

    @Test
    void anAssetOnTheRegisterHoldsASeatByItsInventoryNumber() {
        LicenceSummary licence = newLicence(1, null);
        String inventoryNumber = newAsset();

        AssignmentView assigned = asSupport(() -> licences.assign(licence.id(),
                new AssignmentForm(AssigneeKind.ASSET, " " + inventoryNumber + " ")));

        assertThat(assigned.kind()).isEqualTo(AssigneeKind.ASSET);
        assertThat(assigned.assignee()).isEqualTo(inventoryNumber);
        assertThat(detail(licence).summary().seatsUsed()).isEqualTo(1);
    }

    @Test
    void onlyActivePeopleAndAssetsOnTheRegisterAreAssigned() {
        LicenceSummary licence = newLicence(5, null);

        assertRefused(() -> assignPerson(licence, "nobody.here"), "licence.unknownAssignee.PERSON");
        assertRefused(() -> asSupport(() -> licences.assign(licence.id(),
                new AssignmentForm(AssigneeKind.ASSET, "INV-0000-000000"))), "licence.unknownAssignee.ASSET");
        assertThat(detail(licence).summary().seatsUsed()).isZero();
    }

    /**
     * A mouse received at a branch's warehouse for a draft application of Ana's, and left reserved for it, so
     * no other test's application is served from it.
     */
    private String newAsset() {
        long application = SignedIn.as(people, "ana.requester",
                () -> requests.saveDraft(null, Applications.laptop(people)).id());
        long warehouse = people.branches().stream().map(branch -> people.warehouseOfBranch(branch.id()))
                .flatMap(Optional::stream).findFirst().orElseThrow();
        return register.registerReceived(application, warehouse, List.of(new NewAsset(EquipmentCategory.MOUSE,
                "MX Anywhere", "Mouse", "SN-" + UUID.randomUUID(), "IT Supplies SRL", "REC-1", LocalDate.of(2026, 1, 31),
                BigDecimal.TEN, 12))).get(0).inventoryNumber();
    }

    @Test
    void auditorsReadLicencesWithoutTheirKeysAndOthersReadNothing() {
        LicenceSummary licence = newLicence(5, LocalDate.of(2099, 12, 31));

        LicenceDetail audited = SignedIn.as(people, "irina.auditor", () -> licences.detail(licence.id()));

        assertThat(audited.licenceKey()).isNull();
        assertThat(detail(licence).licenceKey()).isEqualTo("KEY-" + licence.product());
        assertThatThrownBy(() -> SignedIn.as(people, "irina.auditor",
                () -> licences.assign(licence.id(), new AssignmentForm(AssigneeKind.PERSON, "ana.requester"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(people, "george.warehouse", () -> licences.list()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
