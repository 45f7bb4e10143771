package org.procuredesk.system;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An unknown path under the API answers a JSON 404 rather than the UI's page. */
@Hidden
@RestController
class ApiNotFoundController {

    private final ProblemResponses problems;

    ApiNotFoundController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping(ApiPaths.ROOT + "/**")
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problems.problem(HttpStatus.NOT_FOUND, "problem.detail.404", request));
    }
}
