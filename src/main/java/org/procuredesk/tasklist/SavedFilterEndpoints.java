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

/** The signed-in person's saved task list filters. */
@RestController
@RequestMapping(ApiPaths.TASK_FILTERS)
@Tag(name = "Saved task filters")
class SavedFilterEndpoints {

    private final SavedTaskFilters savedFilters;

    SavedFilterEndpoints(SavedTaskFilters savedFilters) {
        this.savedFilters = savedFilters;
    }

    @GetMapping
    @Operation(summary = "My saved filters, by name")
    List<SavedFilter> mine() {
        return savedFilters.mine();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a task list's settings under a name; saving under a name I already use replaces it")
    SavedFilter save(@Valid @RequestBody SavedFilterForm form) {
        return savedFilters.save(form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of my saved filters; another person's does not exist")
    void delete(@PathVariable Long id) {
        savedFilters.delete(id);
    }
}
