package com.careervault.api.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A job in the account export ({@code GET /api/me/export}): the job as {@code GET /api/jobs/{id}} shows it,
 * and for a recently deleted job (still restorable) also when it was deleted and until when it can be
 * restored. snake_case on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ExportedJob", description = "A job as `GET /api/jobs/{jobId}` shows it; a recently deleted job "
        + "(restorable) also has `deleted_at` and `restorable_until`. Fields never set are absent.")
public record ExportedJob(
        @Schema(description = "The job's id.", format = "uuid", example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23",
                requiredMode = Schema.RequiredMode.REQUIRED) String jobId,
        @Schema(description = "The employer.", example = "Google", requiredMode = Schema.RequiredMode.REQUIRED)
        String company,
        @Schema(description = "The role applied for.", example = "Software Engineer",
                requiredMode = Schema.RequiredMode.REQUIRED) String position,
        @Schema(description = "Where the application stands (for a deleted job: when it was deleted).",
                implementation = com.careervault.contracts.jobs.JobStatus.class,
                requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(description = "Where the job is.", example = "Mountain View, CA") String location,
        @Schema(description = "The advertised or offered salary, free text.", example = "$120k-$180k")
        String salaryRange,
        @Schema(description = "The day the application was sent (ISO 8601 date).", format = "date",
                example = "2026-11-20") String appliedDate,
        @Schema(description = "The job posting.", format = "uri", example = "https://careers.google.com/jobs/123")
        String url,
        @Schema(description = "The applicant's notes.", example = "Referred by a former colleague") String notes,
        @Schema(description = "When the next interview is (RFC 3339, UTC).", format = "date-time",
                example = "2026-12-01T15:00:00.000000Z") String interviewAt,
        @Schema(description = "When to follow up (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-27T09:00:00.000000Z") String followUpAt,
        @ArraySchema(arraySchema = @Schema(description = "The applicant's labels, distinct."),
                schema = @Schema(example = "backend")) List<String> tags,
        @Schema(description = "When the job was created (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-20T10:15:30.123456Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String createdAt,
        @Schema(description = "When the job last changed (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-21T08:00:00.000000Z") String updatedAt,
        @ArraySchema(arraySchema = @Schema(description = "The statuses the job has had, oldest first (the newest "
                + "20; `GET /api/jobs/{jobId}` shows the same)."))
        List<JobView.StatusChange> statusHistory,
        @Schema(description = "Only on a recently deleted job: when it was deleted (RFC 3339, UTC).",
                format = "date-time", example = "2026-11-30T18:00:00.000000Z") String deletedAt,
        @Schema(description = "Only on a recently deleted job: it can be restored until then (RFC 3339, UTC).",
                format = "date-time", example = "2026-12-30T18:00:00.000000Z") String restorableUntil,
        @Schema(description = "The job posting's text.", example = "We are looking for a backend engineer.")
        String jobDescription,
        @Schema(description = "`none` (no description), `pending` (being computed) or `ready` (in `ai`), as "
                + "`GET /api/jobs/{jobId}` shows it.", allowableValues = {JobView.AI_NONE, JobView.AI_PENDING,
                        JobView.AI_READY}, example = JobView.AI_READY) String aiStatus,
        @Schema(description = "The AI insights for the current `job_description`, when computed.")
        JobView.AiInsights ai,
        @Schema(description = "Where the application came from, free text.", example = "LinkedIn") String source,
        @Schema(description = "Who set the current `status`: `user`, or `system` when CareerVault marked the "
                + "application `Ghosted` (as `GET /api/jobs/{jobId}` says).",
                allowableValues = {JobView.SET_BY_USER, JobView.SET_BY_SYSTEM}, example = JobView.SET_BY_USER)
        String statusSetBy,
        @ArraySchema(arraySchema = @Schema(description = "The library versions pinned to the job (their files are "
                + "in the export's ZIP under `documents/`)."))
        List<PinnedDocumentView> documents,
        @Schema(description = "The posting as it was when the job entered `Applied`.")
        PostingAsApplied postingAsApplied) {

    static ExportedJob live(JobView job) {
        return of(job, null, null);
    }

    static ExportedJob deleted(JobView job, String deletedAt, String restorableUntil) {
        return of(job, deletedAt, restorableUntil);
    }

    private static ExportedJob of(JobView job, String deletedAt, String restorableUntil) {
        return new ExportedJob(job.jobId(), job.company(), job.position(), job.status(), job.location(),
                job.salaryRange(), job.appliedDate(), job.url(), job.notes(), job.interviewAt(), job.followUpAt(),
                job.tags(), job.createdAt(), job.updatedAt(), job.statusHistory(), deletedAt, restorableUntil,
                job.jobDescription(), job.aiStatus(), job.ai(), job.source(), job.statusSetBy(), job.documents(),
                job.postingAsApplied());
    }
}
