package com.careervault.contracts.events;

import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deleted job came back, under the same id, with its whole content as it was when it was deleted: the
 * fields of {@link JobCreated}, plus its original creation time and its status history, so that every
 * consumer can treat it as the creation of that job without reading anything else. Optional fields are
 * absent when the job did not have them.
 *
 * @param createdAt when the job was first created (not the restore: that is the event's {@code time})
 * @param statusHistory the newest stages of the job's history (at most 20), oldest first; its last stage
 *        is {@code status}
 * @param jobDescription the posting's text the job had, absent when none
 * @param source where the application came from, absent when the job had none
 * @param statusHistoryCount how many stages the job has had in all (at least the size of the history; more
 *        when the oldest were dropped)
 * @param documents the library versions pinned to the job ({@link JobDocumentsPinned}), absent when none
 * @param postingAsApplied the posting as it was when the job was applied for ({@link FrozenPosting}), absent
 *        when nothing was frozen
 */
public record JobRestored(String jobId, String company, String position, JobStatus status, String location,
        String salaryRange, LocalDate appliedDate, String url, String notes, Instant interviewAt,
        Instant followUpAt, List<String> tags, Instant createdAt, List<StatusStage> statusHistory,
        long statusHistoryCount, String jobDescription, String source, List<PinnedDocument> documents,
        FrozenPosting postingAsApplied) implements JobEvent {

    /** A restored job with no pinned documents and no frozen posting. */
    public JobRestored(String jobId, String company, String position, JobStatus status, String location,
            String salaryRange, LocalDate appliedDate, String url, String notes, Instant interviewAt,
            Instant followUpAt, List<String> tags, Instant createdAt, List<StatusStage> statusHistory,
            long statusHistoryCount, String jobDescription, String source) {
        this(jobId, company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt,
                followUpAt, tags, createdAt, statusHistory, statusHistoryCount, jobDescription, source, null, null);
    }

    /** A restored job that had no source. */
    public JobRestored(String jobId, String company, String position, JobStatus status, String location,
            String salaryRange, LocalDate appliedDate, String url, String notes, Instant interviewAt,
            Instant followUpAt, List<String> tags, Instant createdAt, List<StatusStage> statusHistory,
            long statusHistoryCount, String jobDescription) {
        this(jobId, company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt,
                followUpAt, tags, createdAt, statusHistory, statusHistoryCount, jobDescription, null);
    }

    /** A restored job that had no posting text. */
    public JobRestored(String jobId, String company, String position, JobStatus status, String location,
            String salaryRange, LocalDate appliedDate, String url, String notes, Instant interviewAt,
            Instant followUpAt, List<String> tags, Instant createdAt, List<StatusStage> statusHistory,
            long statusHistoryCount) {
        this(jobId, company, position, status, location, salaryRange, appliedDate, url, notes, interviewAt,
                followUpAt, tags, createdAt, statusHistory, statusHistoryCount, null, null);
    }

    public JobRestored {
        Require.text(jobId, "job_id");
        Require.text(company, "company");
        Require.text(position, "position");
        Require.present(status, "status");
        Require.present(createdAt, "created_at");
        Require.present(statusHistory, "status_history");
        if (statusHistory.isEmpty()) {
            throw new IllegalArgumentException("status_history must have at least one stage");
        }
        statusHistory = List.copyOf(statusHistory);
        statusHistoryCount = Math.max(statusHistoryCount, statusHistory.size());
        tags = tags == null ? null : List.copyOf(tags);
        documents = documents == null || documents.isEmpty() ? null : List.copyOf(documents);
    }
}
