package org.procuredesk.people;

import java.util.EnumSet;
import java.util.List;
import org.procuredesk.system.ProcureDeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo company when {@code procuredesk.demo-data.enabled} is set and nobody exists yet:
 * two branches with their IT warehouses, two departments with their heads, one person per role.
 * The README lists them; they all share the configured demo password.
 */
@Component
@Order(1)
class DemoPeople implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPeople.class);

    /** user name, full name, department code, branch code, role. */
    static final List<String[]> PEOPLE = List.of(
            new String[] {"ana.requester", "Ana Popescu", "OPS", "CLJ", "REQUESTER"},
            new String[] {"mihai.manager", "Mihai Ionescu", "OPS", "BUC", "LINE_MANAGER"},
            new String[] {"ion.support", "Ion Marin", "IT", "BUC", "IT_SUPPORT"},
            new String[] {"elena.supporthead", "Elena Dobre", "IT", "BUC", "IT_SUPPORT_HEAD"},
            new String[] {"victor.ithead", "Victor Stan", "IT", "BUC", "IT_HEAD"},
            new String[] {"carmen.finance", "Carmen Radu", "OPS", "BUC", "FINANCE"},
            new String[] {"dan.security", "Dan Munteanu", "OPS", "BUC", "SECURITY"},
            new String[] {"george.warehouse", "George Lazar", "IT", "CLJ", "WAREHOUSE"},
            new String[] {"irina.auditor", "Irina Toma", "OPS", "BUC", "AUDITOR"},
            new String[] {"alex.admin", "Alex Barbu", "IT", "BUC", "ADMIN"});

    private final ProcureDeskProperties properties;
    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final BranchRepository branches;
    private final WarehouseRepository warehouses;
    private final PasswordEncoder passwordEncoder;

    DemoPeople(ProcureDeskProperties properties, PersonRepository people, DepartmentRepository departments,
               BranchRepository branches, WarehouseRepository warehouses, PasswordEncoder passwordEncoder) {
        this.properties = properties;
        this.people = people;
        this.departments = departments;
        this.branches = branches;
        this.warehouses = warehouses;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!properties.demoData().enabled() || people.count() > 0) {
            return;
        }
        Branch bucharest = branches.save(new Branch("BUC", "Bucharest head office", "București"));
        Branch cluj = branches.save(new Branch("CLJ", "Cluj branch", "Cluj-Napoca"));
        warehouses.save(new Warehouse("WH-BUC", "IT warehouse Bucharest", bucharest));
        warehouses.save(new Warehouse("WH-CLJ", "IT warehouse Cluj", cluj));
        Department it = departments.save(new Department("IT", "IT Department"));
        Department operations = departments.save(new Department("OPS", "Operations"));
        String hash = passwordEncoder.encode(properties.demoData().password());
        for (String[] row : PEOPLE) {
            Person person = new Person(row[0], row[1], row[0] + "@procuredesk.example", hash);
            person.update(row[1], person.getEmail(), "IT".equals(row[2]) ? it : operations,
                    "CLJ".equals(row[3]) ? cluj : bucharest, EnumSet.of(Role.valueOf(row[4])), true);
            people.save(person);
        }
        operations.update(operations.getCode(), operations.getName(), people.findByUsername("mihai.manager").orElseThrow());
        it.update(it.getCode(), it.getName(), people.findByUsername("victor.ithead").orElseThrow());
        LOG.info("Seeded the demo company: {} people in 2 departments and 2 branches", PEOPLE.size());
    }
}
