package com.careervault.api.openapi;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * The error answers every operation can give, as reusable OpenAPI responses
 * ({@code #/components/responses/<name>}), each with the {@link Problem}
 * schema and examples of the bodies the API really writes (see
 * {@code problems.Problems}).
 */
final class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String TYPE_BASE = "https://careervault.dev/problems/";

    /** The component names, by the status they answer. */
    static final Map<Integer, String> NAMES = Map.of(
            400, "BadRequest",
            401, "Unauthorized",
            404, "NotFound",
            406, "NotAcceptable",
            409, "Conflict",
            412, "PreconditionFailed",
            413, "ContentTooLarge",
            415, "UnsupportedMediaType",
            429, "TooManyRequests",
            503, "ServiceUnavailable");

    private ProblemResponses() {
    }

    static String ref(int status) {
        return "#/components/responses/" + NAMES.get(status);
    }

    /** Every standard problem response, keyed by component name; {@code bodyLimit} is the largest body accepted. */
    static Map<String, ApiResponse> all(DataSize bodyLimit) {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put(NAMES.get(400), response("The request is malformed or some of its fields are invalid; "
                        + "`errors` lists every bad field at once. Nothing was recorded.",
                example("invalid-request", "Some fields are invalid", problem(HttpStatus.BAD_REQUEST,
                        "invalid-request", "2 fields are invalid", "/api/jobs", List.of(
                                Map.of("field", "company", "message", "is required"),
                                Map.of("field", "salary_range", "message", "must be at most 100 characters")))),
                example("malformed-request", "The body is not JSON of the expected shape", problem(
                        HttpStatus.BAD_REQUEST, "malformed-request",
                        "The request body is not valid JSON of the expected shape", "/api/jobs", null))));
        responses.put(NAMES.get(401), response("No access token was sent, or it is invalid or expired. The "
                        + "`WWW-Authenticate` header carries the RFC 6750 challenge; the body is the same whatever "
                        + "the cause.",
                example("unauthorized", "No or a bad access token", problem(HttpStatus.UNAUTHORIZED,
                        "unauthorized", "The access token is invalid or expired", null, null)))
                .addHeaderObject("WWW-Authenticate", new Header()
                        .description("`Bearer`, or `Bearer error=\"invalid_token\"` when a token was sent (RFC 6750).")
                        .schema(new StringSchema().example("Bearer error=\"invalid_token\""))));
        responses.put(NAMES.get(404), response("No such job for the caller: unknown, deleted, or another user's "
                        + "(indistinguishable by design).",
                example("not-found", "No such job", problem(HttpStatus.NOT_FOUND, "not-found",
                        "No job 0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", "/api/jobs/0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23",
                        null))));
        responses.put(NAMES.get(406), response("`Accept` allows none of the media types the operation answers "
                        + "with (JSON).",
                example("not-acceptable", "Asked for HTML", problem(HttpStatus.NOT_ACCEPTABLE, null,
                        "Acceptable representations: [application/json, application/*+json].", "/health", null))));
        responses.put(NAMES.get(409), response("The request clashes with existing state: an email or username "
                        + "that already has an account (`conflict`, `errors` names the field), or an account at its "
                        + "limit of live jobs (`job-limit-reached`, with `max_jobs`). Nothing was recorded.",
                example("conflict", "Email taken", problem(HttpStatus.CONFLICT, "conflict",
                        "an account with this email already exists", "/auth/signup",
                        List.of(Map.of("field", "email", "message", "an account with this email already exists")))),
                example("job-limit-reached", "Too many live jobs", problem(HttpStatus.CONFLICT, "job-limit-reached",
                        "This account already has the maximum of 5000 jobs; delete jobs before creating more",
                        "/api/jobs", null))));
        responses.put(NAMES.get(412), response("`If-Match` named a version of the job that is no longer current: "
                        + "someone changed it since it was read. Read it again (new `ETag`) and retry.",
                example("precondition-failed", "The job changed since it was read", problem(
                        HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                        "The job has changed since the version named in If-Match",
                        "/api/jobs/0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", null))));
        responses.put(NAMES.get(413), response("The request body is larger than " + describe(bodyLimit)
                        + ". Nothing was recorded.",
                example("payload-too-large", "Body too large", problem(HttpStatus.CONTENT_TOO_LARGE,
                        "payload-too-large", "The request body is larger than the API accepts", "/api/jobs", null))));
        responses.put(NAMES.get(415), response("The body is not `application/json`.",
                example("unsupported-media-type", "Not JSON", problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        null, "Content-Type 'text/plain' is not supported.", "/api/jobs", null))));
        responses.put(NAMES.get(429), response("The account or the client address sends this faster than it may "
                        + "(RFC 6585): too many creates (`create-rate-exceeded`), or a rate limit of the sign-in and "
                        + "email routes (`rate-limited`: failed sign-ins per account, verification emails per account, "
                        + "requests per client address). Nothing was recorded; retry after `Retry-After` seconds "
                        + "(also `retry_after_seconds` in the body).",
                example("create-rate-exceeded", "Too many creates", problem(HttpStatus.TOO_MANY_REQUESTS,
                        "create-rate-exceeded", "Too many jobs created: at most 120 per 60 s (bursts of up to 60)",
                        "/api/jobs", null)),
                example("rate-limited", "Too many failed sign-ins", problem(HttpStatus.TOO_MANY_REQUESTS,
                        "rate-limited", "Too many failed sign-ins for this account (at most 5 within 15 min); "
                                + "nothing was done. Retry after 840 s.", "/auth/login", null)))
                .addHeaderObject("Retry-After", new Header()
                        .description("Seconds to wait before retrying (RFC 9110).")
                        .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE).example(5))));
        responses.put(NAMES.get(503), response("A service the API depends on (the event log, DynamoDB, Cognito) "
                        + "is unavailable, or the read model has not caught up in time. Nothing was recorded; retry "
                        + "after `Retry-After` seconds.",
                example("event-log-unavailable", "The event log is down", problem(HttpStatus.SERVICE_UNAVAILABLE,
                        "event-log-unavailable", "The event log is unavailable; nothing was recorded. Retry later.",
                        "/api/jobs", null)),
                example("dependency-unavailable", "DynamoDB or Cognito is down", problem(
                        HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                        "The read model is unavailable; retry later", "/api/jobs", null)))
                .addHeaderObject("Retry-After", new Header()
                        .description("Seconds to wait before retrying (RFC 9110).")
                        .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE).example(5))));
        return responses;
    }

    /** "64 KiB (65536 bytes)": how documents state the body limit. */
    static String describe(DataSize limit) {
        long bytes = limit.toBytes();
        return bytes % 1024 == 0 ? (bytes / 1024) + " KiB (" + bytes + " bytes)" : bytes + " bytes";
    }

    private record NamedExample(String name, Example example) {
    }

    private static NamedExample example(String name, String summary, Map<String, Object> value) {
        return new NamedExample(name, new Example().summary(summary).value(value));
    }

    private static Map<String, Object> problem(HttpStatus status, String type, String detail, String instance,
            List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        // Spring's own answers (405, 406, 415) leave the type out: RFC 9457's about:blank
        if (type != null) {
            problem.put("type", TYPE_BASE + type);
        }
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (errors != null) {
            problem.put("errors", errors);
        }
        return problem;
    }

    private static ApiResponse response(String description, NamedExample... examples) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA));
        for (NamedExample example : examples) {
            media.addExamples(example.name(), example.example());
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }
}
