package com.careervault.api.problems;

import com.careervault.api.auth.AuthenticationFailedException;
import com.careervault.api.consistency.ReadModelBehindException;
import com.careervault.api.events.EventLogUnavailableException;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every failure into an RFC 9457 problem+json answer. Client mistakes
 * are 4xx with a message per field; only our own faults are 500.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return respond(Problems.invalid(e.problems()));
    }

    @ExceptionHandler(UnknownReferenceException.class)
    ResponseEntity<ProblemDetail> unknownReference(UnknownReferenceException e) {
        return respond(Problems.unprocessable(e.problems()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage());
        problem.setProperty("errors", List.of(java.util.Map.of("field", e.field(), "message", e.getMessage())));
        return respond(problem);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
        problem.setProperty("errors", List.of(java.util.Map.of("field", e.field(), "message", e.getMessage())));
        return respond(problem);
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "precondition-failed", e.getMessage());
        problem.setProperty("errors", List.of(java.util.Map.of("field", e.field(), "message", e.getMessage())));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(e.currentEtag())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ReadModelBehindException.class)
    ResponseEntity<ProblemDetail> readModelBehind(ReadModelBehindException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "read-model-behind", e.getMessage()));
    }

    @ExceptionHandler(AuthenticationFailedException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationFailedException e) {
        return respond(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", e.getMessage()));
    }

    @ExceptionHandler(EventLogUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(EventLogUnavailableException e) {
        log.warn("event log unavailable: {}", e.getCause() == null ? e.toString() : e.getCause().toString());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "event-log-unavailable",
                "The event log is unavailable; nothing was recorded. Retry later.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(problem);
    }

    /** A write for a user whose data key is deleted: the account was deleted (a token still in flight). */
    @ExceptionHandler(PersonalDataErasedException.class)
    ResponseEntity<ProblemDetail> accountDeleted(PersonalDataErasedException e) {
        return respond(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
                "The account was deleted; nothing was recorded"));
    }

    @ExceptionHandler(DependencyUnavailableException.class)
    ResponseEntity<ProblemDetail> dependencyUnavailable(DependencyUnavailableException e) {
        log.warn("dependency unavailable: {}", e.getCause() == null ? e.toString() : e.getCause().toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", e.getMessage()));
    }

    @ExceptionHandler(ContentTooLargeException.class)
    ResponseEntity<ProblemDetail> contentTooLarge(ContentTooLargeException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", e.getMessage());
        problem.setProperty("max_bytes", e.maxBytes());
        return respond(problem);
    }

    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> tooLarge(DataBufferLimitException e) {
        return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "The request body is larger than the API accepts"));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException e,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (hasCause(e, DataBufferLimitException.class)) {
            return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(
                    org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The request body is larger than the API accepts")));
        }
        String detail = hasCause(e, DecodingException.class) || e.getMessage().contains("body")
                ? "The request body is not valid JSON of the expected shape"
                : e.getReason() == null ? "The request is malformed" : e.getReason();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", detail);
        return Mono.just(ResponseEntity.badRequest()
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem));
    }

    /** Every problem Spring builds for its own exceptions (405, 406, 413, 415, ...) gets our type and title. */
    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        // the body is built from the exception just before this (handleExceptionInternal), hence here
        if (body instanceof ProblemDetail problem) {
            Problems.typed(problem);
            if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                problem.setDetail("The request body is larger than the API accepts");
            }
        }
        return super.createResponseEntity(body, headers, status, exchange);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; nothing was recorded"));
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
