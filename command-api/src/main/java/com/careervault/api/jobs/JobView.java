package com.careervault.api.jobs;

import com.careervault.api.contacts.ContactSummary;
import com.careervault.api.interviews.InterviewView;
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
        + "were cleared are absent; `ai_status` is always there.")
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
                requiredMode = Schema.RequiredMode.REQUIRED) String version,
        @Schema(description = "The job posting's text (plain text, several lines).",
                example = "We are looking for a backend engineer with Java and Kafka experience.")
        String jobDescription,
        @Schema(description = "Where the AI insights for the current `job_description` stand: `none` (the job "
                + "has no description), `pending` (being computed) or `ready` (in `ai`). Always present in "
                + "answers (not marked required, so that clients built against older documents still compile).",
                allowableValues = {AI_NONE, AI_PENDING, AI_READY}, example = AI_READY) String aiStatus,
        @Schema(description = "The AI insights for the current `job_description`; absent while `ai_status` is "
                + "not `ready`.") AiInsights ai,
        @ArraySchema(arraySchema = @Schema(description = "The job's interviews, cancelled ones included, earliest "
                + "start first. Only in `GET /api/jobs/{jobId}` (absent from lists and other answers)."))
        List<InterviewView> interviews,
        @ArraySchema(arraySchema = @Schema(description = "The caller's contacts linked to the job, by name. Only "
                + "in the answer of `GET /api/jobs/{jobId}`; absent in lists and command answers."))
        List<ContactSummary> contacts,
        @Schema(description = "Where the application came from, free text (the web app suggests "
                + JobFields.SOURCE_SUGGESTIONS + ").", example = "LinkedIn") String source,
        @Schema(description = "Who set the current `status`: `user`, or `system` when CareerVault marked the "
                + "application `Ghosted` because nothing happened on it for the caller's number of days (see "
                + "`ghosted_after_applied_days` and `ghosted_after_interview_days` in the preferences); any later "
                + "change of the job moves such a job back to the status it had. A `Ghosted` the caller chose says "
                + "`user` and is never undone. Always present in answers (not marked required, so that clients "
                + "built against older documents still compile).", allowableValues = {SET_BY_USER, SET_BY_SYSTEM},
                example = SET_BY_USER) String statusSetBy,
        @ArraySchema(arraySchema = @Schema(description = "Only in the answer of `POST /api/jobs` (with `Prefer: "
                + "wait`): the caller's other live jobs this one may repeat; see `JobAccepted`."))
        List<PossibleDuplicate> possibleDuplicates,
        @Schema(description = "Only in the answer of `GET /api/jobs/{jobId}`: the caller's earlier applications to "
                + "the same company (\"applied to this company N times before; last outcome ...\").")
        CompanyHistory companyHistory,
        @ArraySchema(arraySchema = @Schema(description = "The library versions pinned to the job (`PUT /api/jobs/"
                + "{jobId}/documents`): the files sent, or to send, with the application, in the caller's order; "
                + "absent when none."))
        List<PinnedDocumentView> documents,
        @Schema(description = "The posting as it was when the job entered `Applied`; absent when nothing was "
                + "frozen (never applied for, or no description and no url then).")
        PostingAsApplied postingAsApplied) {

    public static final String AI_NONE = "none";
    public static final String SET_BY_USER = "user";
    public static final String SET_BY_SYSTEM = "system";

    /** A job as the jobs table alone gives it: without its interviews and contacts (other tables'). */
    public JobView(String jobId, String company, String position, String status, String location,
            String salaryRange, String appliedDate, String url, String notes, String interviewAt, String followUpAt,
            List<String> tags, String createdAt, String updatedAt, List<StatusChange> statusHistory, String version,
            String jobDescription, String aiStatus, AiInsights ai) {
        this(jobId, company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt,
                followUpAt, tags, createdAt, updatedAt, statusHistory, version, jobDescription, aiStatus, ai, null,
                null, null, SET_BY_USER, null, null, null, null);
    }

    /**
     * A job as the jobs table gives it, with its source and who set its status ({@link #SET_BY_USER} when
     * null).
     */
    public JobView(String jobId, String company, String position, String status, String location,
            String salaryRange, String appliedDate, String url, String notes, String interviewAt, String followUpAt,
            List<String> tags, String createdAt, String updatedAt, List<StatusChange> statusHistory, String version,
            String jobDescription, String aiStatus, AiInsights ai, String source, String statusSetBy) {
        this(jobId, company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt,
                followUpAt, tags, createdAt, updatedAt, statusHistory, version, jobDescription, aiStatus, ai, null,
                null, source, statusSetBy == null ? SET_BY_USER : statusSetBy, null, null, null, null);
    }

    /** The same job with its interviews (from {@code CareerVault-Interviews}). */
    public JobView withInterviews(List<InterviewView> interviews) {
        return new JobView(jobId, company, position, status, location, salaryRange, appliedDate, url, notes,
                interviewAt, followUpAt, tags, createdAt, updatedAt, statusHistory, version, jobDescription, aiStatus,
                ai, List.copyOf(interviews), contacts, source, statusSetBy, possibleDuplicates, companyHistory, documents, postingAsApplied);
    }

    public static final String AI_PENDING = "pending";
    public static final String AI_READY = "ready";

    /** This job with its linked contacts, as one job is shown. */
    public JobView withContacts(List<ContactSummary> linked) {
        return new JobView(jobId, company, position, status, location, salaryRange, appliedDate, url, notes,
                interviewAt, followUpAt, tags, createdAt, updatedAt, statusHistory, version, jobDescription, aiStatus,
                ai, interviews, List.copyOf(linked), source, statusSetBy, possibleDuplicates, companyHistory, documents, postingAsApplied);
    }

    /** This job with the create's duplicate warning. */
    public JobView withPossibleDuplicates(List<PossibleDuplicate> duplicates) {
        return new JobView(jobId, company, position, status, location, salaryRange, appliedDate, url, notes,
                interviewAt, followUpAt, tags, createdAt, updatedAt, statusHistory, version, jobDescription, aiStatus,
                ai, interviews, contacts, source, statusSetBy, List.copyOf(duplicates), companyHistory, documents, postingAsApplied);
    }

    /** This job with its pinned documents and frozen posting (from the job item). */
    public JobView withDocuments(List<PinnedDocumentView> pinned, PostingAsApplied posting) {
        return new JobView(jobId, company, position, status, location, salaryRange, appliedDate, url, notes,
                interviewAt, followUpAt, tags, createdAt, updatedAt, statusHistory, version, jobDescription, aiStatus,
                ai, interviews, contacts, source, statusSetBy, possibleDuplicates, companyHistory,
                pinned == null || pinned.isEmpty() ? null : List.copyOf(pinned), posting);
    }

    /** This job with the caller's earlier applications to its company, as one job is shown. */
    public JobView withCompanyHistory(CompanyHistory history) {
        return new JobView(jobId, company, position, status, location, salaryRange, appliedDate, url, notes,
                interviewAt, followUpAt, tags, createdAt, updatedAt, statusHistory, version, jobDescription, aiStatus,
                ai, interviews, contacts, source, statusSetBy, possibleDuplicates, history, documents, postingAsApplied);
    }

    /**
     * The enricher's result for the job's current description (the read model's {@code ai} map, written by the
     * projector from {@code careervault.job.enriched.v1}).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AiInsights", description = "What the AI (or the offline estimate) makes of the job posting, "
            + "and how well the caller's resume matches it.")
    public record AiInsights(
            @Schema(description = "A short summary of the posting (at most 2,000 characters).",
                    example = "A backend role building event-driven services in Java.", maxLength = 2000,
                    requiredMode = Schema.RequiredMode.REQUIRED) String summary,
            @ArraySchema(arraySchema = @Schema(description = "The skills the posting asks for, most important "
                    + "first.", requiredMode = Schema.RequiredMode.REQUIRED), maxItems = 30,
                    schema = @Schema(example = "Java", maxLength = 100)) List<String> requiredSkills,
            @Schema(description = "How well the resume matches the posting, 0 to 100; `null` when the caller has "
                    + "no resume.", types = {"integer", "null"}, minimum = "0", maximum = "100", example = "72",
                    requiredMode = Schema.RequiredMode.REQUIRED) Integer matchScore,
            @ArraySchema(arraySchema = @Schema(description = "What in the resume matches the posting; empty "
                    + "without a resume.", requiredMode = Schema.RequiredMode.REQUIRED), maxItems = 20,
                    schema = @Schema(example = "Five years of Java", maxLength = 300)) List<String> strengths,
            @ArraySchema(arraySchema = @Schema(description = "What the posting asks for that the resume does not "
                    + "show; empty without a resume.", requiredMode = Schema.RequiredMode.REQUIRED), maxItems = 20,
                    schema = @Schema(example = "No Kafka experience mentioned", maxLength = 300))
            List<String> gaps,
            @Schema(description = "The configured provider.", allowableValues = {"lexical", "gemini",
                    "openai-compatible"}, example = "gemini", requiredMode = Schema.RequiredMode.REQUIRED)
            String provider,
            @Schema(description = "The model that computed it (`lexical-1` for the offline estimate).",
                    example = "gemini-2.5-flash", requiredMode = Schema.RequiredMode.REQUIRED) String model,
            @Schema(description = "Whether the configured provider failed and this is the offline (lexical) "
                    + "estimate instead.", example = "false", requiredMode = Schema.RequiredMode.REQUIRED)
            boolean degraded,
            @Schema(description = "Why it is degraded: `timeout`, `provider-error`, `invalid-answer`, "
                    + "`rate-limited` or `daily-budget`; `null` when not.", types = {"string", "null"},
                    example = "timeout", requiredMode = Schema.RequiredMode.REQUIRED)
            String degradedReason,
            @Schema(description = "When it was computed (RFC 3339, UTC).", format = "date-time",
                    example = "2026-11-20T10:15:31.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
            String computedAt,
            @Schema(description = "The SHA-256 (lowercase hex) of the resume it was computed with; `null` without "
                    + "a resume.", types = {"string", "null"}, pattern = "^[0-9a-f]{64}$",
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                    requiredMode = Schema.RequiredMode.REQUIRED) String resumeHash) {
    }

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
