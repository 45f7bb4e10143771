package org.procuredesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.procuredesk.SignedIn;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** IT support, its head and the warehouse keeper keep the catalogue; the IT head and auditors read it. */
class ConsumableCatalogueTest extends WithConsumables {

    @Test
    void itSupportAddsAConsumableAndChangesEverythingButItsSku() {
        String sku = newItem("Toner HP 59A");

        ConsumableSummary changed = SignedIn.as(people, "ion.support", () -> catalogue.change(sku,
                new ConsumableForm(sku, "Toner HP 59X", "box", "HP M404, M428", 3, 12, 14, "Print Depot SRL", 2,
                        new BigDecimal("310.00"), true, 0L)));

        assertThat(changed).usingRecursiveComparison().ignoringFields("id").isEqualTo(new ConsumableSummary(null, 1,
                sku, "Toner HP 59X", "box", "HP M404, M428", 3, 12, 14, "Print Depot SRL", 2, new BigDecimal("310.00"),
                true));
        assertThat(SignedIn.as(people, "irina.auditor", catalogue::list)).contains(changed);
        assertRefused(() -> asKeeper(() -> catalogue.change(sku, changeOf(form("OTHER-SKU", "Toner", 3), 1))),
                "consumable.skuFixed");
        assertRefused(() -> asKeeper(() -> catalogue.change("NO-SUCH-SKU",
                changeOf(form("NO-SUCH-SKU", "Toner", 3), 0))), "consumable.notFound");
    }

    @Test
    void aChangeMadeToAnOutdatedCopyIsRefusedAndUndoesNothing() {
        String sku = newItem("Toner HP 59A");
        asKeeper(() -> catalogue.change(sku, changeOf(form(sku, "Toner HP 59A, high yield", 5), 0)));

        assertThatThrownBy(() -> asKeeper(() -> catalogue.change(sku, changeOf(form(sku, "Toner HP 59A", 2), 0))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> asKeeper(() -> catalogue.change(sku, form(sku, "Toner HP 59A", 2))))
                .as("a change names its version").isInstanceOf(ConstraintViolationException.class);
        assertThat(asKeeper(catalogue::list)).filteredOn(item -> item.sku().equals(sku)).singleElement()
                .satisfies(item -> {
                    assertThat(item.name()).isEqualTo("Toner HP 59A, high yield");
                    assertThat(item.reorderPoint()).isEqualTo(5);
                });
    }

    /** The form as a change made to the consumable at that version. */
    private static ConsumableForm changeOf(ConsumableForm form, long version) {
        return new ConsumableForm(form.sku(), form.name(), form.unit(), form.compatibleDevices(), form.reorderPoint(),
                form.maxLevel(), form.leadTimeDays(), form.preferredSupplier(), form.packSize(), form.unitPrice(),
                form.active(), version);
    }

    @Test
    void aSkuIsInTheCatalogueOnce() {
        String sku = newItem("Toner HP 59A");

        assertRefused(() -> asKeeper(() -> catalogue.create(form(sku, "Another toner", 1))), "consumable.skuTaken");
        assertThat(asKeeper(catalogue::list)).filteredOn(item -> item.sku().equals(sku))
                .extracting(ConsumableSummary::name).containsExactly("Toner HP 59A");
    }

    @Test
    void levelsPackSizeAndPriceOutOfRangeAreRefused() {
        ConsumableForm maxBelowReorderPoint = new ConsumableForm("T-LEVELS", "Toner", "pcs", null, 10, 5, 7, null, 1,
                BigDecimal.TEN, true, null);
        ConsumableForm noPack = new ConsumableForm("T-PACK", "Toner", "pcs", null, 1, 5, 7, null, 0, BigDecimal.TEN,
                true, null);
        ConsumableForm negativePrice = new ConsumableForm("T-PRICE", "Toner", "pcs", null, 1, 5, 7, null, 1,
                new BigDecimal("-0.01"), true, null);

        assertThatThrownBy(() -> asKeeper(() -> catalogue.create(maxBelowReorderPoint)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> asKeeper(() -> catalogue.create(noPack)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> asKeeper(() -> catalogue.create(negativePrice)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(asKeeper(catalogue::list)).extracting(ConsumableSummary::sku)
                .doesNotContain("T-LEVELS", "T-PACK", "T-PRICE");
    }

    @Test
    void readersOtherThanKeepersCannotChangeTheCatalogueAndOthersCannotReadIt() {
        for (String reader : new String[] {"victor.ithead", "irina.auditor"}) {
            assertThatThrownBy(() -> SignedIn.as(people, reader, () -> catalogue.create(form("T-NOPE", "Toner", 1))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> SignedIn.as(people, "ana.requester", catalogue::list))
                .isInstanceOf(AccessDeniedException.class);
    }
}
