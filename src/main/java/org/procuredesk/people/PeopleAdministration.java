package org.procuredesk.people;

import static org.procuredesk.people.UniqueValue.USERNAME;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.procuredesk.system.Change;
import org.procuredesk.system.Creation;
import org.procuredesk.system.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The administrator's work on people: who they are, where they work, what they may do, how they sign in. */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class PeopleAdministration {

    private static final int BCRYPT_BYTES = 72;

    private final PersonRepository people;
    private final References references;
    private final LastAdministratorRule lastAdministrator;
    private final PasswordEncoder passwordEncoder;

    PeopleAdministration(PersonRepository people, References references, LastAdministratorRule lastAdministrator,
                         PasswordEncoder passwordEncoder) {
        this.people = people;
        this.references = references;
        this.lastAdministrator = lastAdministrator;
        this.passwordEncoder = passwordEncoder;
    }

    /** Everyone, by full name. */
    @Transactional(readOnly = true)
    public List<PersonSummary> people() {
        return people.findAllByName().stream().map(PersonSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public PersonSummary person(Long id) {
        return PersonSummary.of(existing(id));
    }

    @Validated({Default.class, Creation.class})
    public PersonSummary create(@Valid PersonForm form) {
        refuseTakenUsername(form, null);
        Department department = references.department(form.departmentId());
        Branch branch = references.branch(form.branchId());
        Person person = new Person(form.username(), form.fullName(), form.email(), hash(form.newPassword()));
        person.update(form.fullName(), form.email(), department, branch, form.roles(), form.active());
        return PersonSummary.of(USERNAME.store(people, person, form.username()));
    }

    /** Changes the person, unless someone else changed them since the version the form was made to. */
    @Validated({Default.class, Change.class})
    public PersonSummary update(Long id, @Valid PersonForm form) {
        Person person = existing(id);
        person.requireVersion(form.version());
        refuseTakenUsername(form, id);
        lastAdministrator.check(person, form);
        Department department = references.department(form.departmentId());
        Branch branch = references.branch(form.branchId());
        person.changeUsername(form.username());
        if (form.newPassword() != null) {
            person.changePasswordHash(hash(form.newPassword()));
        }
        person.update(form.fullName(), form.email(), department, branch, form.roles(), form.active());
        return PersonSummary.of(USERNAME.store(people, person, form.username()));
    }

    /** BCrypt keeps 72 bytes of a password: 72 characters, fewer when they are accented or emoji. */
    private String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_BYTES) {
            throw DomainException.ofField("newPassword", "validation.passwordBytes", BCRYPT_BYTES);
        }
        return passwordEncoder.encode(password);
    }

    private void refuseTakenUsername(PersonForm form, Long ownId) {
        USERNAME.refuseTaken(people.findByUsername(form.username()), ownId, form.username());
    }

    private Person existing(Long id) {
        return people.findById(id).orElseThrow(() -> new DomainException("person.notFound", String.valueOf(id)));
    }
}
