package org.procuredesk.people;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.RecordEndpoints;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Departments, for administrators. */
@RestController
@RequestMapping(ApiPaths.DEPARTMENTS)
@Tag(name = "Departments")
class DepartmentEndpoints extends RecordEndpoints<DepartmentSummary, DepartmentForm> {

    DepartmentEndpoints(DepartmentAdministration departments) {
        super(departments::departments, departments::department, departments::create, departments::update,
                DepartmentSummary::id);
    }
}
