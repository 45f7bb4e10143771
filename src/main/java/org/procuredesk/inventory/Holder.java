package org.procuredesk.inventory;

/**
 * Who holds an asset, or gives or gets it on a movement document.
 *
 * @param reference the employee's user name, or the warehouse's or branch's id as text
 */
public record Holder(HolderKind kind, String reference) {

    public static Holder employee(String username) {
        return new Holder(HolderKind.EMPLOYEE, username);
    }

    public static Holder warehouse(long warehouseId) {
        return new Holder(HolderKind.WAREHOUSE, String.valueOf(warehouseId));
    }

    public static Holder branch(long branchId) {
        return new Holder(HolderKind.BRANCH, String.valueOf(branchId));
    }
}
