package com.careervault.api.jobs;

import com.careervault.contracts.jobs.JobStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A job as the read model holds it, as clients see it (snake_case on the wire). {@code version} is the value
 * of its {@code ETag}, for {@code If-Match} on a later change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Job", description = "A job application as the read model holds it. Fields that were never set or "
        + "were cleared are absent.")
public record JobView(
        @Schema(description = "The job's id (a UUID), assigned by the API on create.",
                example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", format = "uuid",
                requiredMode = Schema.RequiredMode.REQUIRED) String jobId,
        @Schema(description = "The employer.", example = "Google", requiredMode = Schema.RequiredMode.REQUIRED)
        String company,
        @Schema(description = "The role applied for.", example = "Software Engineer",
                requiredMode = Schema.RequiredMode.REQUIRED) String position,
        @Schema(description = "Where the application stands.", implementation = JobStatus.class,
                requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(description = "Where the job is.", example = "Mountain View, CA") String location,
        @Schema(description = "The advertised or offered salary, free text.", example = "$120k-$180k")
        String salaryRange,
        @Schema(description = "The day the application was sent (ISO 8601 date).", format = "date",
                example = "2026-11-20") String appliedDate,
        @Schema(description = "The job posting.", format = "uri", example = "https://careers.google.com/jobs/123")
        String url,
        @Schema(description = "The applicant's notes.", example = "Referred by a former colleague") String notes,
        @Schema(description = "When the next interview is (RFC 3339, UTC); a reminder is emailed the day before.",
                format = "date-time", example = "2026-12-01T15:00:00.000000Z") String interviewAt,
        @Schema(description = "When to follow up (RFC 3339, UTC); a reminder is emailed then.",
                format = "date-time", example = "2026-11-27T09:00:00.000000Z") String followUpAt,
        @ArraySchema(arraySchema = @Schema(description = "The applicant's labels, distinct."),
                schema = @Schema(example = "backend")) List<String> tags,
        @Schema(description = "When the job was created (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-20T10:15:30.123456Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String createdAt,
        @Schema(description = "When the job last changed (RFC 3339, UTC); absent until the first change.",
                format = "date-time", example = "2026-11-21T08:00:00.000000Z") String updatedAt,
        @ArraySchema(arraySchema = @Schema(description = "Every status the job has had, oldest first."))
        List<StatusChange> statusHistory,
        @Schema(description = "The job's version, which changes with every change: the value of its `ETag` "
                + "(without the quotes), for `If-Match` on a later change.", example = "3-1542",
                requiredMode = Schema.RequiredMode.REQUIRED) String version) {

    /** One step of the job's stage history. */
    @Schema(description = "One step of the job's status history.")
    public record StatusChange(
            @Schema(description = "The status entered.", implementation = JobStatus.class,
                    requiredMode = Schema.RequiredMode.REQUIRED) String status,
            @Schema(description = "When (RFC 3339, UTC).", format = "date-time",
                    example = "2026-11-20T10:15:30.123456Z", requiredMode = Schema.RequiredMode.REQUIRED)
            String at) {
    }
}
