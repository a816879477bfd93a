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
