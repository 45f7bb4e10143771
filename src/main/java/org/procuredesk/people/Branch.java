package org.procuredesk.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.procuredesk.system.Versioned;

/** A site of the company; each branch has its own IT warehouse. */
@Entity
@Table(name = "branch")
public class Branch implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 120)
    private String city;

    protected Branch() {
    }

    public Branch(String code, String name, String city) {
        this.code = code;
        this.name = name;
        this.city = city;
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

    public String getCity() {
        return city;
    }

    void update(String code, String name, String city) {
        this.code = code;
        this.name = name;
        this.city = city;
    }
}
