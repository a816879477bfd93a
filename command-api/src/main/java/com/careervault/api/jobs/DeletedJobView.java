package com.careervault.api.jobs;

import com.careervault.contracts.jobs.JobStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** A recently deleted job, as the "recently deleted" list shows it (snake_case on the wire). */
@Schema(name = "DeletedJob", description = "A deleted job that can still be restored "
        + "(`POST /api/jobs/{jobId}/restore`) until `expires_at`.")
public record DeletedJobView(
        @Schema(description = "The job's id.", format = "uuid", example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23",
                requiredMode = Schema.RequiredMode.REQUIRED) String jobId,
        @Schema(description = "The employer.", example = "Google", requiredMode = Schema.RequiredMode.REQUIRED)
        String company,
        @Schema(description = "The role applied for.", example = "Software Engineer",
                requiredMode = Schema.RequiredMode.REQUIRED) String position,
        @Schema(description = "The status the job had when it was deleted (it comes back with it).",
                implementation = JobStatus.class, requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(description = "When the job was deleted (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-30T18:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String deletedAt,
        @Schema(description = "Restorable until then (RFC 3339, UTC); afterwards it is gone for good.",
                format = "date-time", example = "2026-12-30T18:00:00.000000Z",
                requiredMode = Schema.RequiredMode.REQUIRED) String expiresAt) {
}
