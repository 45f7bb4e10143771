package org.procuredesk.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem details for refusals that happen before a controller is reached
 * (not signed in, not allowed), translated into the language the client asked for.
 */
@Component
public class ProblemResponses {

    private static final String RETRY_AFTER_SECONDS = "60";

    private final Messages messages;
    private final ObjectMapper objectMapper;

    ProblemResponses(Messages messages, ObjectMapper objectMapper) {
        this.messages = messages;
        this.objectMapper = objectMapper;
    }

    /** A problem with a translated title and detail. */
    public ProblemDetail problem(HttpStatus status, String detailKey, HttpServletRequest request, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.get("problem.title." + status.value(), request.getLocale()));
        problem.setDetail(messages.get(detailKey, request.getLocale(), arguments));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /**
     * 503: the database cannot be reached, so nothing was changed; with the seconds to wait before trying again
     * ({@code Retry-After}).
     */
    public ResponseEntity<ProblemDetail> databaseUnreachable(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.databaseUnreachable", request));
    }

    /** Not signed in; or, when the person's credentials could not be checked for want of the database, 503. */
    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (DatabaseUnreachable.caused(refusal)) {
            ResponseEntity<ProblemDetail> unreachable = databaseUnreachable(request);
            unreachable.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            write(response, unreachable.getBody());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"ProcureDesk\"");
        write(response, problem(HttpStatus.UNAUTHORIZED, "problem.unauthenticated", request));
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "problem.forbidden", request));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
