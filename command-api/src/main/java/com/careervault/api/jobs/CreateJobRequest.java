package com.careervault.api.jobs;

import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import com.careervault.contracts.jobs.JobStatus;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/**
 * The body of {@code POST /api/jobs}. Text is trimmed and blank counts as
 * absent; the status defaults to Applied; repeated tags count once.
 */
@Schema(description = "A new job application. Text is trimmed; blank text counts as absent.")
public record CreateJobRequest(
        @Schema(description = "The employer.", example = "Google", maxLength = JobFields.COMPANY_MAX,
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "is required") @Text(max = JobFields.COMPANY_MAX) String company,
        @Schema(description = "The role applied for.", example = "Software Engineer",
                maxLength = JobFields.POSITION_MAX, requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "is required") @Text(max = JobFields.POSITION_MAX) String position,
        @Schema(description = "Where the application stands; `Applied` when left out. Any letter case is "
                + "accepted.", implementation = JobStatus.class, example = "Applied")
        JobStatus status,
        @Schema(description = "Where the job is.", example = "Mountain View, CA", maxLength = JobFields.LOCATION_MAX)
        @Text(max = JobFields.LOCATION_MAX) String location,
        @Schema(description = "The advertised or offered salary, free text.", example = "$120k-$180k",
                maxLength = JobFields.SALARY_RANGE_MAX)
        @Text(max = JobFields.SALARY_RANGE_MAX) String salaryRange,
        @Schema(description = "The day the application was sent (ISO 8601 date).", example = "2026-11-20")
        LocalDate appliedDate,
        @Schema(description = "The job posting: an absolute http(s) URL.", format = "uri",
                example = "https://careers.google.com/jobs/123", maxLength = JobFields.URL_MAX)
        @URL(regexp = JobFields.HTTP_URL, message = JobFields.HTTP_URL_MESSAGE) @Text(max = JobFields.URL_MAX) String url,
        @Schema(description = "The applicant's notes.", example = "Referred by a former colleague",
                maxLength = JobFields.NOTES_MAX)
        @Text(max = JobFields.NOTES_MAX) String notes,
        @Schema(description = "When the next interview is: an RFC 3339 date-time with an offset. A reminder is "
                + "emailed the day before.", example = "2026-12-01T16:00:00+01:00")
        OffsetDateTime interviewAt,
        @Schema(description = "When to follow up: an RFC 3339 date-time with an offset. A reminder is emailed "
                + "then.", example = "2026-11-27T09:00:00Z")
        OffsetDateTime followUpAt,
        @ArraySchema(arraySchema = @Schema(description = "Labels; repeated ones count once."),
                maxItems = JobFields.TAGS_MAX, schema = @Schema(example = "backend", maxLength = JobFields.TAG_MAX))
        @Size(max = JobFields.TAGS_MAX, message = "must have at most {max} items")
        List<@NotBlank(message = "must be a non-blank string") @Text(max = JobFields.TAG_MAX) String> tags,
        @Schema(description = "The job posting's text (plain text, several lines), which the AI insights are "
                + "computed from. At most 20,000 characters (code points, after NFC).",
                example = "We are looking for a backend engineer with Java and Kafka experience.",
                maxLength = JobFields.JOB_DESCRIPTION_MAX)
        @Text(max = JobFields.JOB_DESCRIPTION_MAX) String jobDescription,
        @Schema(description = "Where the application came from, free text (trimmed; at most 100 characters). "
                + "Suggested values: " + JobFields.SOURCE_SUGGESTIONS + ".", example = "LinkedIn",
                maxLength = JobFields.SOURCE_MAX)
        @Text(max = JobFields.SOURCE_MAX) String source)
        implements ApiRequest {

    /** A job without a posting text (CSV rows before the column existed, callers that do not send it). */
    public CreateJobRequest(String company, String position, JobStatus status, String location,
            String salaryRange, LocalDate appliedDate, String url, String notes, OffsetDateTime interviewAt,
            OffsetDateTime followUpAt, List<String> tags) {
        this(company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt, followUpAt,
                tags, null, null);
    }

    /** A job without a source. */
    public CreateJobRequest(String company, String position, JobStatus status, String location,
            String salaryRange, LocalDate appliedDate, String url, String notes, OffsetDateTime interviewAt,
            OffsetDateTime followUpAt, List<String> tags, String jobDescription) {
        this(company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt, followUpAt,
                tags, jobDescription, null);
    }

    public CreateJobRequest {
        company = Trimmed.text(company);
        position = Trimmed.text(position);
        location = Trimmed.text(location);
        salaryRange = Trimmed.text(salaryRange);
        url = Trimmed.text(url);
        notes = Trimmed.text(notes);
        tags = Trimmed.distinct(tags);
        jobDescription = Trimmed.text(jobDescription);
        source = Trimmed.text(source);
    }

    JobFields fields() {
        return new JobFields(company, position, status == null ? JobStatus.Applied : status, location, salaryRange,
                appliedDate, url, notes, interviewAt == null ? null : interviewAt.toInstant(),
                followUpAt == null ? null : followUpAt.toInstant(), tags, jobDescription, source, List.of());
    }
}
