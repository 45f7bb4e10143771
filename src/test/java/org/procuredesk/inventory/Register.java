package org.procuredesk.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procuredesk.SignedIn;
import org.procuredesk.people.BranchAdministration;
import org.procuredesk.people.BranchForm;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.WarehouseAdministration;
import org.procuredesk.people.WarehouseForm;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.PurchaseRequestService;
import org.springframework.context.ApplicationContext;

/**
 * The register with records no other test uses, since every test shares one database: a warehouse of the
 * test's own, applications, and items with serial numbers nobody else has.
 */
public final class Register {

    static final LocalDate PURCHASED = LocalDate.of(2026, 1, 31);

    public final AssetRegister register;
    public final PeopleDirectory people;
    private final ApplicationContext context;

    private Register(ApplicationContext context) {
        this.context = context;
        this.register = context.getBean(AssetRegister.class);
        this.people = context.getBean(PeopleDirectory.class);
    }

    public static Register of(ApplicationContext context) {
        return new Register(context);
    }

    /** A new branch with its IT warehouse, empty. */
    public long newWarehouse() {
        return SignedIn.as(people, "alex.admin", () -> {
            long branchId = context.getBean(BranchAdministration.class)
                    .create(new BranchForm(code(), "Branch " + code(), "Sibiu", null)).id();
            return context.getBean(WarehouseAdministration.class)
                    .create(new WarehouseForm(code(), "IT warehouse " + code(), branchId, null)).id();
        });
    }

    /** A new application (a draft is enough: the register needs its id). */
    long newApplication() {
        return SignedIn.as(people, "ana.requester", () -> context.getBean(PurchaseRequestService.class)
                .saveDraft(null, Applications.laptop(people)).id());
    }

    /** Puts the items in stock at the warehouse, reserved for nobody; as they are then. */
    public List<AssetSummary> inStock(long warehouseId, NewAsset... items) {
        long receivedFor = newApplication();
        List<AssetSummary> received = register.registerReceived(receivedFor, warehouseId, List.of(items));
        register.releaseReservations(receivedFor);
        return received.stream().map(asset -> register.findByInventoryNumber(asset.inventoryNumber()).orElseThrow())
                .toList();
    }

    /** An item of the category and model with a serial number of its own, two years' warranty. */
    public static NewAsset item(EquipmentCategory category, String model) {
        return item(category, model, "SN-" + UUID.randomUUID());
    }

    public static NewAsset item(EquipmentCategory category, String model, String serialNumber) {
        return new NewAsset(category, model, category.name().toLowerCase() + " " + model, serialNumber,
                "IT Supplies SRL", "REC-1", PURCHASED, new BigDecimal("1250.00"), 24);
    }

    private static String code() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
