package com.careervault.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Fields of a job that changed, other than its status (which has its own
 * event). A field left null did not change; a field named in {@code cleared}
 * was removed. {@code jobDescription} is the posting's new text (the enricher reads it); {@code source} where the
 * application came from.
 */
public record JobUpdated(String jobId, String company, String position, String location, String salaryRange,
        LocalDate appliedDate, String url, String notes, Instant interviewAt, Instant followUpAt, List<String> tags,
        List<String> cleared, String jobDescription, String source) implements JobEvent {

    /** The optional fields a client may clear. */
    public static final Set<String> CLEARABLE = Set.of(
            "location", "salary_range", "applied_date", "url", "notes", "interview_at", "follow_up_at", "tags",
            "job_description", "source");

    /** A change that leaves the source alone. */
    public JobUpdated(String jobId, String company, String position, String location, String salaryRange,
            LocalDate appliedDate, String url, String notes, Instant interviewAt, Instant followUpAt,
            List<String> tags, List<String> cleared, String jobDescription) {
        this(jobId, company, position, location, salaryRange, appliedDate, url, notes, interviewAt, followUpAt,
                tags, cleared, jobDescription, null);
    }

    /** A change that leaves the posting's text and the source alone. */
    public JobUpdated(String jobId, String company, String position, String location, String salaryRange,
            LocalDate appliedDate, String url, String notes, Instant interviewAt, Instant followUpAt,
            List<String> tags, List<String> cleared) {
        this(jobId, company, position, location, salaryRange, appliedDate, url, notes, interviewAt, followUpAt,
                tags, cleared, null, null);
    }

    public JobUpdated {
        Require.text(jobId, "job_id");
        tags = tags == null ? null : List.copyOf(tags);
        cleared = cleared == null ? List.of() : List.copyOf(cleared);
        for (String field : cleared) {
            if (!CLEARABLE.contains(field)) {
                throw new IllegalArgumentException("cleared names '" + field + "', which cannot be cleared");
            }
        }
    }
}
