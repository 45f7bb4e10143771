package org.procuredesk.tasklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A person's task list settings under a name of their own; a person's names are unique. */
@Entity
@Table(name = "saved_task_filter")
class SavedTaskFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_username", nullable = false, updatable = false, length = 64)
    private String owner;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskScope scope;

    @Column(name = "process_key")
    private String processKey;

    @Column(name = "task_key")
    private String taskKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_window", length = 16)
    private DueWindow due;

    @Column(name = "min_amount", precision = 19, scale = 2)
    private BigDecimal minAmount;

    @Column(name = "max_amount", precision = 19, scale = 2)
    private BigDecimal maxAmount;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "branch_id")
    private Long branchId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sort_field", nullable = false, length = 16)
    private TaskSort.Field sortField;

    @Column(name = "sort_descending", nullable = false)
    private boolean sortDescending;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SavedTaskFilter() {
    }

    SavedTaskFilter(String owner, Instant createdAt) {
        this.owner = owner;
        this.createdAt = createdAt;
    }

    /** Takes the name and settings of the form, replacing those it had. */
    void define(SavedFilterForm form) {
        name = form.name();
        scope = form.scope();
        TaskFilter filter = form.filter();
        processKey = filter.processKey();
        taskKey = filter.taskKey();
        due = filter.due();
        minAmount = filter.minAmount();
        maxAmount = filter.maxAmount();
        departmentId = filter.departmentId();
        branchId = filter.branchId();
        sortField = form.sort().field();
        sortDescending = form.sort().descending();
    }

    SavedFilter view() {
        return new SavedFilter(id, name, scope,
                new TaskFilter(processKey, taskKey, due, minAmount, maxAmount, departmentId, branchId),
                new TaskSort(sortField, sortDescending));
    }

    boolean isOwnedBy(String username) {
        return owner.equals(username);
    }
}
