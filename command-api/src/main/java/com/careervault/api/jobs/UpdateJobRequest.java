package com.careervault.api.jobs;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import com.careervault.contracts.jobs.JobStatus;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraints.URL;

/**
 * The body of {@code PATCH /api/jobs/{id}}, a JSON Merge Patch (RFC 7396):
 * a field left out stays as it is ({@code null} here), a field sent as JSON
 * null is removed ({@code Optional.empty()}), a field with a value gets it.
 * Company, position and status cannot be removed.
 */
@Schema(description = "A JSON Merge Patch (RFC 7396) of a job: a field left out stays as it is, a field sent as "
        + "`null` is removed, a field with a value gets it. At least one field; `company`, `position` and `status` "
        + "cannot be removed. Text is trimmed.", minProperties = 1)
public record UpdateJobRequest(
        @Schema(description = "The employer.", example = "Google", maxLength = JobFields.COMPANY_MAX)
        Optional<@Text(max = JobFields.COMPANY_MAX) String> company,
        @Schema(description = "The role applied for.", example = "Software Engineer",
                maxLength = JobFields.POSITION_MAX)
        Optional<@Text(max = JobFields.POSITION_MAX) String> position,
        @Schema(description = "The new status (any letter case); adds a step to the job's history.",
                implementation = JobStatus.class, example = "Interviewing")
        Optional<JobStatus> status,
        @Schema(description = "Where the job is; `null` removes it.", types = {"string", "null"}, example = "Mountain View, CA",
                maxLength = JobFields.LOCATION_MAX)
        Optional<@Text(max = JobFields.LOCATION_MAX) String> location,
        @Schema(description = "The salary, free text; `null` removes it.", types = {"string", "null"}, example = "$120k-$180k",
                maxLength = JobFields.SALARY_RANGE_MAX)
        Optional<@Text(max = JobFields.SALARY_RANGE_MAX) String> salaryRange,
        @Schema(description = "The day the application was sent (ISO 8601 date); `null` removes it.",
                types = {"string", "null"}, format = "date", example = "2026-11-20")
        Optional<LocalDate> appliedDate,
        @Schema(description = "The job posting, an absolute http(s) URL; `null` removes it.", types = {"string", "null"},
                format = "uri", example = "https://careers.google.com/jobs/123", maxLength = JobFields.URL_MAX)
        Optional<@URL(regexp = JobFields.HTTP_URL, message = JobFields.HTTP_URL_MESSAGE)
                @Text(max = JobFields.URL_MAX) String> url,
        @Schema(description = "The applicant's notes; `null` removes them.", types = {"string", "null"},
                example = "Onsite next week", maxLength = JobFields.NOTES_MAX)
        Optional<@Text(max = JobFields.NOTES_MAX) String> notes,
        @Schema(description = "The next interview, an RFC 3339 date-time with an offset; `null` removes it.",
                types = {"string", "null"}, format = "date-time", example = "2026-12-01T16:00:00+01:00")
        Optional<OffsetDateTime> interviewAt,
        @Schema(description = "When to follow up, an RFC 3339 date-time with an offset; `null` removes it.",
                types = {"string", "null"}, format = "date-time", example = "2026-11-27T09:00:00Z")
        Optional<OffsetDateTime> followUpAt,
        @ArraySchema(arraySchema = @Schema(description = "Labels, replacing the current ones (repeated ones count "
                + "once); `null` removes them all.", types = {"array", "null"}), maxItems = JobFields.TAGS_MAX,
                schema = @Schema(example = "backend", maxLength = JobFields.TAG_MAX))
        @Size(max = JobFields.TAGS_MAX, message = "must have at most {max} items", payload = Unwrapping.Unwrap.class)
        Optional<List<@NotBlank(message = "must be a non-blank string") @Text(max = JobFields.TAG_MAX) String>> tags,
        @Schema(description = "The job posting's text (plain text, several lines; at most 20,000 characters); "
                + "`null` removes it. A new text computes the AI insights again.", types = {"string", "null"},
                example = "We are looking for a backend engineer with Java and Kafka experience.",
                maxLength = JobFields.JOB_DESCRIPTION_MAX)
        Optional<@Text(max = JobFields.JOB_DESCRIPTION_MAX) String> jobDescription,
        @Schema(description = "Where the application came from, free text (at most 100 characters); `null` "
                + "removes it. Suggested values: " + JobFields.SOURCE_SUGGESTIONS + ".", types = {"string", "null"},
                example = "Referral", maxLength = JobFields.SOURCE_MAX)
        Optional<@Text(max = JobFields.SOURCE_MAX) String> source)
        implements ApiRequest {

    public UpdateJobRequest {
        company = Trimmed.text(company);
        position = Trimmed.text(position);
        location = Trimmed.text(location);
        salaryRange = Trimmed.text(salaryRange);
        url = Trimmed.text(url);
        notes = Trimmed.text(notes);
        tags = tags == null ? null : tags.map(Trimmed::distinct);
        jobDescription = Trimmed.text(jobDescription);
        source = Trimmed.text(source);
    }

    @Override
    public List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (company != null && company.isEmpty()) {
            problems.add(new FieldProblem("company", "cannot be removed"));
        }
        if (position != null && position.isEmpty()) {
            problems.add(new FieldProblem("position", "cannot be removed"));
        }
        if (status != null && status.isEmpty()) {
            problems.add(new FieldProblem("status", "cannot be removed"));
        }
        if (problems.isEmpty() && fields().isEmpty()) {
            problems.add(new FieldProblem("body", "must change at least one of company, position, status, "
                    + "location, salary_range, applied_date, url, notes, interview_at, follow_up_at, tags, "
                    + "job_description, source"));
        }
        return problems;
    }

    JobFields fields() {
        List<String> cleared = new ArrayList<>();
        clear(cleared, "location", location);
        clear(cleared, "salary_range", salaryRange);
        clear(cleared, "applied_date", appliedDate);
        clear(cleared, "url", url);
        clear(cleared, "notes", notes);
        clear(cleared, "interview_at", interviewAt);
        clear(cleared, "follow_up_at", followUpAt);
        clear(cleared, "tags", tags);
        clear(cleared, "job_description", jobDescription);
        clear(cleared, "source", source);
        return new JobFields(value(company), value(position), value(status), value(location), value(salaryRange),
                value(appliedDate), value(url), value(notes), instant(interviewAt), instant(followUpAt), value(tags),
                value(jobDescription), value(source), List.copyOf(cleared));
    }

    private static void clear(List<String> cleared, String field, Optional<?> value) {
        if (value != null && value.isEmpty()) {
            cleared.add(field);
        }
    }

    private static <T> T value(Optional<T> value) {
        return value == null ? null : value.orElse(null);
    }

    private static java.time.Instant instant(Optional<OffsetDateTime> value) {
        return value == null ? null : value.map(OffsetDateTime::toInstant).orElse(null);
    }
}
