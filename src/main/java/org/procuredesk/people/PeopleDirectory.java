package org.procuredesk.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.procuredesk.system.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is who: the people module's public face for the other features and for the process models
 * (bean name {@code peopleDirectory}, e.g. {@code ${peopleDirectory.headOfDepartment(departmentId)}}).
 */
@Service("peopleDirectory")
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final BranchRepository branches;
    private final WarehouseRepository warehouses;

    PeopleDirectory(PersonRepository people, DepartmentRepository departments, BranchRepository branches,
                    WarehouseRepository warehouses) {
        this.people = people;
        this.departments = departments;
        this.branches = branches;
        this.warehouses = warehouses;
    }

    public Optional<PersonSummary> findByUsername(String username) {
        return people.findByUsername(username).map(PersonSummary::of);
    }

    /** Whether the person is known and active: read with the person alone, without their department and branch. */
    public boolean isActive(String username) {
        return username != null && people.findByUsername(username).filter(Person::isActive).isPresent();
    }

    /** The person's department, if they are known and belong to one: without reading the department itself. */
    public Optional<Long> departmentOf(String username) {
        return people.findByUsername(username).map(Person::getDepartment).map(Department::getId);
    }

    /**
     * The roles the person holds while active; none when they are inactive or unknown. Read with the person alone,
     * without their department and branch as a {@link PersonSummary} would.
     */
    public Set<Role> activeRoles(String username) {
        return people.findByUsername(username).filter(Person::isActive).map(Person::getRoles).orElse(Set.of());
    }

    /** Everyone who may sign in, by full name: e.g. to choose who stands in for somebody. */
    public List<PersonSummary> activePeople() {
        return people.findActiveByFullName().stream().map(PersonSummary::of).toList();
    }

    /** The user name of the department's head, who approves its members' applications first. */
    public String headOfDepartment(Long departmentId) {
        Department department = departments.findById(departmentId)
                .orElseThrow(() -> new DomainException("department.notFound", String.valueOf(departmentId)));
        if (department.getHead() == null) {
            throw new DomainException("department.noHead", department.getName());
        }
        return department.getHead().getUsername();
    }

    /** A person as others read them: their full name, or their user name when they are no longer known. */
    public String nameOf(String username) {
        return username == null ? null
                : people.findByUsername(username).map(Person::getFullName).orElse(username);
    }

    /** The user name of the department's head, if it has one. */
    public Optional<String> headOfDepartmentIfAny(Long departmentId) {
        return departmentId == null ? Optional.empty() : departments.findHeadUsername(departmentId);
    }

    /** The departments, by name, for choosing one. */
    public List<DepartmentSummary> departments() {
        return departments.findAllByName().stream().map(DepartmentSummary::of).toList();
    }

    /** The branches, for choosing where equipment is delivered. */
    public List<BranchSummary> branches() {
        return branches.findAllByName().stream().map(BranchSummary::of).toList();
    }

    public boolean branchExists(Long branchId) {
        return branchId != null && branches.existsById(branchId);
    }

    public Optional<String> branchName(long branchId) {
        return branches.findById(branchId).map(Branch::getName);
    }

    /** The IT warehouse of a branch, where equipment delivered to the branch is received: its first one. */
    public Optional<Long> warehouseOfBranch(long branchId) {
        return warehouses.findFirstByBranchIdOrderByIdAsc(branchId).map(Warehouse::getId);
    }

    public Optional<String> departmentName(long departmentId) {
        return departments.findById(departmentId).map(Department::getName);
    }

    public Optional<String> warehouseName(long warehouseId) {
        return warehouses.findById(warehouseId).map(Warehouse::getName);
    }

    /** Every warehouse, by name, for the forms that name one. */
    public List<WarehouseSummary> warehouses() {
        return warehouses.findAllByName().stream().map(WarehouseSummary::of).toList();
    }

    /** The active people holding the role named by an engine group; none for a group that is no role. */
    public List<String> activeUsernamesWithRole(String group) {
        return PeopleIdentity.role(group).map(people::findActiveUsernamesWithRole).orElse(List.of());
    }

    /** The active members of the departments the person heads, themselves excluded: their team. */
    public List<String> teamOf(String head) {
        return people.findActiveUsernamesHeadedBy(head);
    }

    /** Remembers the language a person chose for themselves, so their next session opens in it. */
    @Transactional
    @PreAuthorize("#username == authentication.name")
    public void preferLocale(String username, Locale locale) {
        people.findByUsername(username).ifPresent(person -> person.preferLocale(locale.toLanguageTag()));
    }
}
