package com.careervault.contracts.events;

import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A new application was recorded. Optional fields are absent when not given. */
public record JobCreated(String jobId, String company, String position, JobStatus status, String location,
        String salaryRange, LocalDate appliedDate, String url, String notes, Instant interviewAt,
        Instant followUpAt, List<String> tags) implements JobEvent {

    public JobCreated {
        Require.text(jobId, "job_id");
        Require.text(company, "company");
        Require.text(position, "position");
        Require.present(status, "status");
        tags = tags == null ? null : List.copyOf(tags);
    }
}
