package com.careervault.notifier.reminders;

import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.util.List;

/**
 * The part of a job the reminder rules look at, plus the reminders currently planned for it
 * (so that a change can cancel exactly what it replaces).
 *
 * @param appliedSince when the job last entered Applied; null while it is in another status
 * @param interviewAt the job's {@code interview_at}, kept to notice when it changes: its reminder is that of the
 *        job's legacy interview ({@link TrackedInterview#legacyAt})
 * @param remindFrom no reminder due before this is planned: the {@code job.created} event's time for an imported
 *        job (its back-dated history sets off no reminder whose time had passed when it was imported); null
 *        for a job created in CareerVault
 */
public record TrackedJob(String userId, String jobId, String company, String position, JobStatus status,
        Instant appliedSince, Instant interviewAt, Instant followUpAt, List<PlannedReminder> planned,
        Instant remindFrom) {

    public TrackedJob {
        planned = planned == null ? List.of() : List.copyOf(planned);
    }

    /** An imported job entered its status when it was created where it came from, not when it was imported. */
    public static TrackedJob created(String userId, JobCreated event, Instant time) {
        Instant since = event.importedFrom() == null ? time : event.importedFrom().createdAt();
        return new TrackedJob(userId, event.jobId(), event.company(), event.position(), event.status(),
                event.status() == JobStatus.Applied ? since : null, event.interviewAt(), event.followUpAt(), List.of(),
                event.importedFrom() == null ? null : time);
    }

    /** A deleted job brought back: its status since the last stage of its history. */
    public static TrackedJob restored(String userId, JobRestored event) {
        Instant since = event.statusHistory().get(event.statusHistory().size() - 1).at();
        return new TrackedJob(userId, event.jobId(), event.company(), event.position(), event.status(),
                event.status() == JobStatus.Applied ? since : null, event.interviewAt(), event.followUpAt(),
                List.of(), null);
    }

    public TrackedJob updated(JobUpdated event) {
        return new TrackedJob(userId, jobId, orElse(event.company(), company), orElse(event.position(), position),
                status, appliedSince, changed(event, "interview_at", event.interviewAt(), interviewAt),
                changed(event, "follow_up_at", event.followUpAt(), followUpAt), planned, remindFrom);
    }

    /** A repeated change to the status the job already has is no change: the Applied clock keeps running. */
    public TrackedJob statusChanged(JobStatusChanged event, Instant time) {
        if (event.to() == status) {
            return this;
        }
        return new TrackedJob(userId, jobId, company, position, event.to(),
                event.to() == JobStatus.Applied ? time : null, interviewAt, followUpAt, planned, remindFrom);
    }

    public TrackedJob withPlanned(List<PlannedReminder> reminders) {
        return new TrackedJob(userId, jobId, company, position, status, appliedSince, interviewAt, followUpAt,
                reminders, remindFrom);
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Instant changed(JobUpdated event, String field, Instant value, Instant current) {
        if (event.cleared().contains(field)) {
            return null;
        }
        return orElse(value, current);
    }
}
