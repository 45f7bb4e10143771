package org.procuredesk.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST API as RFC 9457 problem details, translated into the client's language.
 * Validation errors list each field; nothing internal (stack trace, SQL, class names) is ever sent.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;
    private final ProblemResponses problems;

    ApiExceptionHandler(Messages messages, ProblemResponses problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException refusal, HttpServletRequest request) {
        HttpStatus status = refusal.getMessageKey().endsWith(".notFound") ? HttpStatus.NOT_FOUND
                : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = problems.problem(status, refusal.getMessageKey(), request, refusal.getArguments());
        refusal.getField().ifPresent(field -> problem.setProperty("errors",
                List.of(Map.of("field", field, "message", problem.getDetail()))));
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException invalid, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid", request);
        problem.setProperty("errors", invalid.getConstraintViolations().stream()
                .map(violation -> Map.of("field", Violations.field(violation), "message", violation.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile(OptimisticLockingFailureException conflict, HttpServletRequest request) {
        return problems.problem(HttpStatus.CONFLICT, "problem.changedMeanwhile", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException refusal, HttpServletRequest request) {
        LOG.warn("Refused {} {} to '{}'", request.getMethod(), request.getRequestURI(), request.getRemoteUser());
        return problems.problem(HttpStatus.FORBIDDEN, "problem.forbidden", request);
    }

    /** Anything unexpected, as an incident; but the database out of reach is no incident: try again in a minute. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        if (DatabaseUnreachable.caused(failure)) {
            LOG.warn("Refused {} {}: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                    failure.getMessage());
            return problems.databaseUnreachable(request);
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), failure);
        ProblemDetail problem = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", request,
                incident);
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid", servletRequest);
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", message(error)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** A value of the wrong type, or a date or choice that does not exist, is refused on its field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!(unreadable.getCause() instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return super.handleHttpMessageNotReadable(unreadable, headers, status, request);
        }
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid", servletRequest);
        problem.setProperty("errors", List.of(Map.of("field", field(mapping.getPath()),
                "message", messages.get("validation.invalid"))));
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        HttpStatus known = HttpStatus.resolve(status.value());
        ProblemDetail problem = problems.problem(known == null ? HttpStatus.BAD_REQUEST : known,
                "problem.detail." + status.value(), servletRequest);
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    /** {@code lines[0].quantity}, as bean validation names a field. */
    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() == null) {
                field.append('[').append(step.getIndex()).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            }
        }
        return field.toString();
    }

    private String message(FieldError error) {
        return error.getDefaultMessage() == null ? messages.get("validation.invalid") : error.getDefaultMessage();
    }
}
