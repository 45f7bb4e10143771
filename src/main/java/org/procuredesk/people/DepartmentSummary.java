package org.procuredesk.people;

/** A department as lists show it: its head by id and name, if it has one; the version a change to it names. */
public record DepartmentSummary(Long id, String code, String name, Long headId, String headName, long version) {

    static DepartmentSummary of(Department department) {
        Person head = department.getHead();
        return new DepartmentSummary(department.getId(), department.getCode(), department.getName(),
                head == null ? null : head.getId(), head == null ? null : head.getFullName(), department.getVersion());
    }
}
