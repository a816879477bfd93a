package com.careervault.api.openapi;

import com.careervault.api.problems.FieldProblem;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of every error answer, for the OpenAPI document only: the API
 * writes Spring's {@code ProblemDetail} (see {@code problems.Problems}), whose
 * JSON is exactly this.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem details object (`application/problem+json`), the body of "
        + "every error answer. `type` names the kind of problem and is stable; `errors` lists every bad field "
        + "when the request was refused because of its fields. Some kinds add members of their own (RFC 9457 "
        + "section 3.2), such as the limit on `create-rate-exceeded`.")
record Problem(
        @Schema(description = "A URI naming the kind of problem (stable; compare on it, not on `detail`). Absent "
                + "means `about:blank` (RFC 9457 section 4.2.1): a plain HTTP error, such as 405, 406 or 415, with "
                + "nothing more to say than its status.",
                format = "uri", example = "https://careervault.dev/problems/invalid-request") String type,
        @Schema(description = "The HTTP reason phrase of `status`.", example = "Bad Request",
                requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(description = "The HTTP status code, repeated.", minimum = "400", maximum = "599", example = "400",
                requiredMode = Schema.RequiredMode.REQUIRED) int status,
        @Schema(description = "What went wrong, for a person to read.", example = "company: is required")
        String detail,
        @Schema(description = "The request path the problem is about.", format = "uri-reference",
                example = "/api/jobs") String instance,
        @ArraySchema(arraySchema = @Schema(description = "Every bad field (on `invalid-request` and `conflict` "
                + "problems)."), schema = @Schema(implementation = FieldProblem.class)) List<FieldProblem> errors) {
}
