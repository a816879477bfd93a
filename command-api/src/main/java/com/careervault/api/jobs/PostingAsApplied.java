package com.careervault.api.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** The posting as it was when the job entered Applied (snake_case on the wire); see {@code FrozenPosting}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PostingAsApplied", description = "The job posting as it was when the job entered `Applied` (or was "
        + "created as `Applied`): its `job_description` and `url` then, kept unchanged whatever is edited later. "
        + "Frozen once; a job applied for again keeps the first. The text byte for byte: "
        + "`GET /api/jobs/{jobId}/posting-as-applied`.")
public record PostingAsApplied(
        @Schema(description = "The posting's text then; absent when the job had none.",
                example = "We are looking for a backend engineer with Java and Kafka experience.")
        String jobDescription,
        @Schema(description = "The posting's address then; absent when the job had none.", format = "uri",
                example = "https://careers.example.com/jobs/123") String url,
        @Schema(description = "When it was frozen: when the job entered `Applied` (RFC 3339, UTC).",
                format = "date-time", example = "2026-11-12T09:30:00.000000Z",
                requiredMode = Schema.RequiredMode.REQUIRED) String frozenAt) {
}
