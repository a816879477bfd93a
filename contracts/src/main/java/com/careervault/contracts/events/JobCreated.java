package com.careervault.contracts.events;

import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A new application was recorded. Optional fields are absent when not given.
 *
 * @param importedFrom present when the job was imported (MongoDB migration, CSV import): its origin and
 *        original dates; a reminder due before the event's time is never sent for it
 * @param jobDescription the posting's text (plain text, at most {@link
 *        com.careervault.contracts.jobs.JobFieldLimits#JOB_DESCRIPTION_MAX} code points), which the enricher
 *        reads; absent when not given
 * @param source where the application came from (LinkedIn, a referral, ...: free text, trimmed, at most {@link
 *        com.careervault.contracts.jobs.JobFieldLimits#SOURCE_MAX} code points); absent when not given
 */
public record JobCreated(String jobId, String company, String position, JobStatus status, String location,
        String salaryRange, LocalDate appliedDate, String url, String notes, Instant interviewAt,
        Instant followUpAt, List<String> tags, ImportedFrom importedFrom, String jobDescription, String source) implements JobEvent {

    public JobCreated {
        Require.text(jobId, "job_id");
        Require.text(company, "company");
        Require.text(position, "position");
        Require.present(status, "status");
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** A job with no source. */
    public JobCreated(String jobId, String company, String position, JobStatus status, String location,
            String salaryRange, LocalDate appliedDate, String url, String notes, Instant interviewAt,
            Instant followUpAt, List<String> tags, ImportedFrom importedFrom, String jobDescription) {
        this(jobId, company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt,
                followUpAt, tags, importedFrom, jobDescription, null);
    }

    /** A job with no posting text. */
    public JobCreated(String jobId, String company, String position, JobStatus status, String location,
            String salaryRange, LocalDate appliedDate, String url, String notes, Instant interviewAt,
            Instant followUpAt, List<String> tags, ImportedFrom importedFrom) {
        this(jobId, company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt,
                followUpAt, tags, importedFrom, null, null);
    }

    /** A job recorded in CareerVault itself (not imported), with no posting text. */
    public JobCreated(String jobId, String company, String position, JobStatus status, String location,
            String salaryRange, LocalDate appliedDate, String url, String notes, Instant interviewAt,
            Instant followUpAt, List<String> tags) {
        this(jobId, company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt,
                followUpAt, tags, null, null, null);
    }
}
