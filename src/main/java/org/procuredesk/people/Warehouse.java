package org.procuredesk.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.procuredesk.system.Versioned;

/** An IT warehouse at a branch, kept by the warehouse keeper. */
@Entity
@Table(name = "warehouse")
public class Warehouse implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    protected Warehouse() {
    }

    public Warehouse(String code, String name, Branch branch) {
        this.code = code;
        this.name = name;
        this.branch = branch;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Branch getBranch() {
        return branch;
    }

    void update(String code, String name, Branch branch) {
        this.code = code;
        this.name = name;
        this.branch = branch;
    }
}
