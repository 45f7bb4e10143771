package org.procuredesk.system;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The four endpoints of a kind of record that is kept through a form: all, one, add, change.
 * A subclass names the path ({@code @RequestMapping}) and hands over the service's methods; the form
 * is validated before the service sees it, with the {@link Creation} checks when adding and the {@link Change}
 * checks when changing.
 *
 * @param <S> what is shown of a record
 * @param <F> the form a record is added or changed with
 */
public abstract class RecordEndpoints<S, F> {

    private final Supplier<List<S>> all;
    private final Function<Long, S> one;
    private final Function<F, S> add;
    private final BiFunction<Long, F, S> change;
    private final Function<S, Long> idOf;

    protected RecordEndpoints(Supplier<List<S>> all, Function<Long, S> one, Function<F, S> add,
                              BiFunction<Long, F, S> change, Function<S, Long> idOf) {
        this.all = all;
        this.one = one;
        this.add = add;
        this.change = change;
        this.idOf = idOf;
    }

    @GetMapping
    @Operation(summary = "All of them")
    public List<S> all() {
        return all.get();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of them")
    public S one(@PathVariable Long id) {
        return one.apply(id);
    }

    @PostMapping
    @Operation(summary = "Add one; the answer says where it lives")
    public ResponseEntity<S> add(@Validated({Default.class, Creation.class}) @RequestBody F form) {
        S added = add.apply(form);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(idOf.apply(added)).toUri();
        return ResponseEntity.created(location).body(added);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change one, as it is at the version the form names; a change made meanwhile is a conflict")
    public S change(@PathVariable Long id, @Validated({Default.class, Change.class}) @RequestBody F form) {
        return change.apply(id, form);
    }
}
