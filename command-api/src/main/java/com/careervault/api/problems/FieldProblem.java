package com.careervault.api.problems;

import io.swagger.v3.oas.annotations.media.Schema;

/** One bad field of a request: its JSON name (or path) and what is wrong with it. */
@Schema(description = "One bad field of the request.")
public record FieldProblem(
        @Schema(description = "The field's JSON name, a path such as `job_ids[2]`, a header name such as "
                + "`Idempotency-Key`, or `body` for the body as a whole.", example = "company",
                requiredMode = Schema.RequiredMode.REQUIRED) String field,
        @Schema(description = "What is wrong with it, in English.", example = "is required",
                requiredMode = Schema.RequiredMode.REQUIRED) String message) {
}
