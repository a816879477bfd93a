package com.careervault.api.problems;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 bodies of the API, with a stable type URI per kind of problem. */
public final class Problems {

    private static final String TYPE_BASE = "https://careervault.dev/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /**
     * Gives a problem that Spring built for one of its own exceptions (type
     * {@code about:blank}: 405, 406, 413, 415, a bad path variable...) our type
     * URI for its status and the status's title, so that every error has a
     * stable {@code type}. Problems that already have a type are left alone.
     */
    public static ProblemDetail typed(ProblemDetail problem) {
        if (problem.getType() == null || BLANK.equals(problem.getType())) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            if (status != null) {
                problem.setType(URI.create(TYPE_BASE + typeName(status)));
                problem.setTitle(status.getReasonPhrase());
            }
        }
        return problem;
    }

    private static final URI BLANK = URI.create("about:blank");

    /** Kept stable for clients: a few names predate this rule; the rest is the reason phrase in kebab case. */
    private static String typeName(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "malformed-request";
            case CONTENT_TOO_LARGE -> "payload-too-large";
            case INTERNAL_SERVER_ERROR -> "internal-error";
            default -> status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        };
    }

    /** 422: well-formed, but a field names something the caller does not have; {@code errors} as {@link #invalid}. */
    public static ProblemDetail unprocessable(List<FieldProblem> fields) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference",
                fields.size() == 1 ? fields.get(0).field() + ": " + fields.get(0).message()
                        : fields.size() + " fields name something unknown");
        problem.setProperty("errors", fields.stream()
                .map(f -> Map.of("field", f.field(), "message", f.message()))
                .toList());
        return problem;
    }

    public static ProblemDetail invalid(List<FieldProblem> fields) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request",
                fields.size() == 1 ? fields.get(0).field() + ": " + fields.get(0).message()
                        : fields.size() + " fields are invalid");
        problem.setProperty("errors", fields.stream()
                .map(f -> Map.of("field", f.field(), "message", f.message()))
                .toList());
        return problem;
    }
}
