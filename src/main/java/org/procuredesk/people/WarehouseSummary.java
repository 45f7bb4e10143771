package org.procuredesk.people;

/** A warehouse as lists show it, with the branch it belongs to, at the version a change to it names. */
public record WarehouseSummary(Long id, String code, String name, Long branchId, String branchName,
                               long version) {

    static WarehouseSummary of(Warehouse warehouse) {
        return new WarehouseSummary(warehouse.getId(), warehouse.getCode(), warehouse.getName(),
                warehouse.getBranch().getId(), warehouse.getBranch().getName(), warehouse.getVersion());
    }
}
