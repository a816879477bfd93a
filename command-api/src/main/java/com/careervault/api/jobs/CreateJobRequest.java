package com.careervault.api.jobs;

import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import com.careervault.contracts.jobs.JobStatus;
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
public record CreateJobRequest(
        @NotNull(message = "is required") @Text(max = JobFields.COMPANY_MAX) String company,
        @NotNull(message = "is required") @Text(max = JobFields.POSITION_MAX) String position,
        JobStatus status,
        @Text(max = JobFields.LOCATION_MAX) String location,
        @Text(max = JobFields.SALARY_RANGE_MAX) String salaryRange,
        LocalDate appliedDate,
        @URL(regexp = JobFields.HTTP_URL, message = JobFields.HTTP_URL_MESSAGE) @Text(max = JobFields.URL_MAX) String url,
        @Text(max = JobFields.NOTES_MAX) String notes,
        OffsetDateTime interviewAt,
        OffsetDateTime followUpAt,
        @Size(max = JobFields.TAGS_MAX, message = "must have at most {max} items")
        List<@NotBlank(message = "must be a non-blank string") @Text(max = JobFields.TAG_MAX) String> tags)
        implements ApiRequest {

    public CreateJobRequest {
        company = Trimmed.text(company);
        position = Trimmed.text(position);
        location = Trimmed.text(location);
        salaryRange = Trimmed.text(salaryRange);
        url = Trimmed.text(url);
        notes = Trimmed.text(notes);
        tags = Trimmed.distinct(tags);
    }

    JobFields fields() {
        return new JobFields(company, position, status == null ? JobStatus.Applied : status, location, salaryRange,
                appliedDate, url, notes, interviewAt == null ? null : interviewAt.toInstant(),
                followUpAt == null ? null : followUpAt.toInstant(), tags, List.of());
    }
}
