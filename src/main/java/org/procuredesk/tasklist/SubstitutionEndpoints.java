package org.procuredesk.tasklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's out-of-office substitutes. */
@RestController
@RequestMapping(ApiPaths.SUBSTITUTIONS)
@Tag(name = "Out of office")
class SubstitutionEndpoints {

    private final Substitutions substitutions;

    SubstitutionEndpoints(Substitutions substitutions) {
        this.substitutions = substitutions;
    }

    @GetMapping
    @Operation(summary = "My substitutes, latest first")
    List<SubstitutionView> mine() {
        return substitutions.mine();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Name who decides for me while I am out of office")
    SubstitutionView name(@Valid @RequestBody SubstitutionForm form) {
        return substitutions.name(form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End one of my substitutes: at once if in force (it keeps the days gone by), "
            + "dropped if it has not started; one already over is refused")
    void end(@PathVariable long id) {
        substitutions.end(id);
    }
}
