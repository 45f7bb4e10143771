package org.procuredesk.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** Who holders are: an active person, or a warehouse or branch of the company; and their names as people read them. */
@Component
class Holders {

    private final PeopleDirectory people;

    Holders(PeopleDirectory people) {
        this.people = people;
    }

    /** The holder, if it exists: refused when there is no such active person, warehouse or branch. */
    Holder known(Holder holder) {
        if (holder == null || holder.kind() == null || Text.orNull(holder.reference()) == null) {
            throw new DomainException("holder.required");
        }
        boolean known = switch (holder.kind()) {
            case EMPLOYEE -> people.isActive(holder.reference());
            case WAREHOUSE -> id(holder).flatMap(people::warehouseName).isPresent();
            case BRANCH -> id(holder).flatMap(people::branchName).isPresent();
        };
        if (!known) {
            throw new DomainException("holder.unknown." + holder.kind().name(), holder.reference());
        }
        return holder;
    }

    /** The holder's name: a person's full name, a warehouse's or branch's name; its reference when it is gone. */
    String nameOf(Holder holder) {
        Optional<String> name = switch (holder.kind()) {
            case EMPLOYEE -> Optional.ofNullable(people.nameOf(holder.reference()));
            case WAREHOUSE -> id(holder).flatMap(people::warehouseName);
            case BRANCH -> id(holder).flatMap(people::branchName);
        };
        return name.orElse(holder.reference());
    }

    /** The active people, the warehouses or the branches, by name. */
    List<HolderChoice> choices(HolderKind kind) {
        return switch (kind) {
            case EMPLOYEE -> people.activePeople().stream()
                    .map(person -> new HolderChoice(Holder.employee(person.username()), person.fullName())).toList();
            case WAREHOUSE -> people.warehouses().stream()
                    .map(warehouse -> new HolderChoice(Holder.warehouse(warehouse.id()), warehouse.name())).toList();
            case BRANCH -> people.branches().stream()
                    .map(branch -> new HolderChoice(Holder.branch(branch.id()), branch.name())).toList();
        };
    }

    /** Names that look each holder up once, for a list in which the same holders come back. */
    Function<Holder, String> names() {
        Map<Holder, String> known = new HashMap<>();
        return holder -> known.computeIfAbsent(holder, this::nameOf);
    }

    private static Optional<Long> id(Holder holder) {
        try {
            return Optional.of(Long.parseLong(holder.reference()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
