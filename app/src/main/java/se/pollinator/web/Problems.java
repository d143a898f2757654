package se.pollinator.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.pollinator.people.UsernameTakenException;
import se.pollinator.rules.RuleViolation;
import se.pollinator.security.LoginThrottle;
import se.pollinator.security.ProblemResponses;
import se.pollinator.session.SessionAccess;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns every rejected request into an RFC 9457 problem detail that says what is wrong:
 * 400 malformed input, 403 no right, 404 unknown id, 409 a rule of the session broken, and a 5xx
 * for whatever is the server's fault.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final int RETRY_AFTER_SECONDS = 2;
    /** What a person is told of a failure that is the server's. */
    static final String SERVER_FAULT =
            "Something went wrong on the server; it has been logged. Nothing can be assumed saved: try again.";

    private final StaleConnections staleConnections;

    public Problems(StaleConnections staleConnections) {
        this.staleConnections = staleConnections;
    }

    @ExceptionHandler(RuleViolation.class)
    public ProblemDetail ruleViolation(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, violation.getMessage());
        problem.setProperty("code", violation.code());
        problem.setProperty("args", violation.args());
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail unknownSession(AggregateNotFoundException e) {
        return ruleViolation(SessionAccess.unknownSession(String.valueOf(e.getAggregateIdentifier())));
    }

    /**
     * A command for one kind sent with another kind's id (a retro command with a think tank's id):
     * there is no such session of that kind, and the other kind's events were only read.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    public ProblemDetail otherKind(IncompatibleAggregateException e) {
        return coded(HttpStatus.NOT_FOUND, "session.unknown",
                "There is no session of this kind with that id; it may be another kind of session.");
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        if (e.getCause() instanceof RuleViolation violation) {
            return ResponseEntity.of(ruleViolation(violation)).build();
        }
        if (e.getCause() instanceof AggregateNotFoundException notFound) {
            return ResponseEntity.of(unknownSession(notFound)).build();
        }
        if (e.getCause() instanceof IncompatibleAggregateException otherKind) {
            return ResponseEntity.of(otherKind(otherKind)).build();
        }
        return unexpected(e);
    }

    /**
     * Everything else is the server's fault: a 5xx problem detail, never an empty answer. A
     * database that cannot be reached is a 503 the client may retry (with the same
     * Idempotency-Key); its broken socket must not be taken for the client's, which Spring would
     * answer with an empty 200.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (Failures.isDatabaseUnreachable(e)) {
            LOG.warn("Answered 503, the database is unreachable: {}", Failures.summary(e));
            staleConnections.evict();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database cannot be reached just now; nothing was saved. Try again in a moment.");
            problem.setProperty("code", "server.unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem);
        }
        if (Failures.isClientGone(e)) {
            LOG.debug("The client went away: {}", Failures.summary(e));
            return null;
        }
        LOG.error("Answered 500", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                SERVER_FAULT);
        problem.setProperty("code", "server.error");
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Commands.CommandsBusyException.class)
    public ResponseEntity<ProblemDetail> busy(Commands.CommandsBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setProperty("code", "server.busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem);
    }

    @ExceptionHandler(LoginThrottle.Throttled.class)
    public ResponseEntity<ProblemDetail> throttled(LoginThrottle.Throttled e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setProperty("code", "login.throttled");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
    }

    @ExceptionHandler(UsernameTakenException.class)
    public ProblemDetail usernameTaken(UsernameTakenException e) {
        return coded(HttpStatus.CONFLICT, "person.username-taken", e.getMessage(), e.username());
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ProblemDetail denied(AccessDeniedException e) {
        return coded(HttpStatus.FORBIDDEN, "access.denied", ProblemResponses.NO_RIGHT);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return coded(HttpStatus.BAD_REQUEST, "request.parameter",
                "The value '" + e.getValue() + "' is not valid for '" + e.getName() + "'.", e.getName());
    }

    /** The innermost field name on the path to a bad value (past list indexes), or null. */
    private static String namedField(JsonMappingException e) {
        for (int i = e.getPath().size() - 1; i >= 0; i--) {
            String name = e.getPath().get(i).getFieldName();
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static ProblemDetail coded(HttpStatus status, String code, String detail, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        problem.setProperty("args", args);
        return problem;
    }

    /** Spring's own 5xx answers (an answer that could not be written, say) are logged like ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            LOG.error("Answered {}", status.value(), e);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String detail = "The request body is not valid JSON for this request.";
        if (e.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            String field = invalid.getPath().get(invalid.getPath().size() - 1).getFieldName();
            detail = "The value '" + invalid.getValue() + "' is not valid for '" + field + "'.";
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                detail += " Use one of: " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", ")) + ".";
            }
        } else if (e.getCause() instanceof InvalidNullException nulled && namedField(nulled) != null) {
            detail = "The list '" + namedField(nulled) + "' may not hold null.";
        } else if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
            detail = "The field '" + field + "' has the wrong type.";
        } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            detail = "A JSON request body is required.";
        }
        return handleExceptionInternal(e, coded(HttpStatus.BAD_REQUEST, "request.body", detail), headers,
                HttpStatus.BAD_REQUEST, request);
    }
}
