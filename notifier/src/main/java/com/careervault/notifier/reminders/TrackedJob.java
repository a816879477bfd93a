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
 * @param stageSince when the job entered its current status (any status); null in jobs tracked before it was kept,
 *        until their next status change: such a job is not marked Ghosted before then
 * @param ghostedFrom the status the system marked the job Ghosted from, while it is Ghosted by the system; null
 *        otherwise (a Ghosted the user chose has none, and is never undone automatically)
 * @param systemChangeInFlight the id of the system status change this processor appended for the job and has not
 *        read back from the log yet; null when none. While it is set no other is appended (see
 *        {@link GhostedPolicy})
 * @param activityWhileInFlight whether a user event of the job was read while {@link #systemChangeInFlight} was
 *        set: that event precedes the system change in the log, and the decision did not see it
 */
public record TrackedJob(String userId, String jobId, String company, String position, JobStatus status,
        Instant appliedSince, Instant interviewAt, Instant followUpAt, List<PlannedReminder> planned,
        Instant remindFrom, Instant stageSince, JobStatus ghostedFrom, String systemChangeInFlight,
        boolean activityWhileInFlight) {

    public TrackedJob {
        planned = planned == null ? List.of() : List.copyOf(planned);
    }

    /** An imported job entered its status when it was created where it came from, not when it was imported. */
    public static TrackedJob created(String userId, JobCreated event, Instant time) {
        Instant since = event.importedFrom() == null ? time : event.importedFrom().createdAt();
        return new TrackedJob(userId, event.jobId(), event.company(), event.position(), event.status(),
                event.status() == JobStatus.Applied ? since : null, event.interviewAt(), event.followUpAt(), List.of(),
                event.importedFrom() == null ? null : time, since, null, null, false);
    }

    /** A deleted job brought back: its status since the last stage of its history. */
    public static TrackedJob restored(String userId, JobRestored event) {
        Instant since = event.statusHistory().get(event.statusHistory().size() - 1).at();
        return new TrackedJob(userId, event.jobId(), event.company(), event.position(), event.status(),
                event.status() == JobStatus.Applied ? since : null, event.interviewAt(), event.followUpAt(),
                List.of(), null, since, null, null, false);
    }

    public TrackedJob updated(JobUpdated event) {
        return new TrackedJob(userId, jobId, orElse(event.company(), company), orElse(event.position(), position),
                status, appliedSince, changed(event, "interview_at", event.interviewAt(), interviewAt),
                changed(event, "follow_up_at", event.followUpAt(), followUpAt), planned, remindFrom, stageSince,
                ghostedFrom, systemChangeInFlight, activityWhileInFlight);
    }

    /**
     * A status change that applies ({@link JobStatusChanged#appliesTo}). A repeated change to the status the job
     * already has is no change: the Applied clock keeps running. The system's Ghosted remembers where the job
     * was; any other change forgets it.
     */
    public TrackedJob statusChanged(JobStatusChanged event, Instant time) {
        if (event.to() == status) {
            return this;
        }
        JobStatus from = event.isBySystem() && event.to() == JobStatus.Ghosted ? event.from() : null;
        return new TrackedJob(userId, jobId, company, position, event.to(),
                event.to() == JobStatus.Applied ? time : null, interviewAt, followUpAt, planned, remindFrom, time,
                from, systemChangeInFlight, activityWhileInFlight);
    }

    public TrackedJob withPlanned(List<PlannedReminder> reminders) {
        return new TrackedJob(userId, jobId, company, position, status, appliedSince, interviewAt, followUpAt,
                reminders, remindFrom, stageSince, ghostedFrom, systemChangeInFlight, activityWhileInFlight);
    }

    /** A system status change appended for this job, not read back yet. */
    public TrackedJob withSystemChangeInFlight(String eventId) {
        return new TrackedJob(userId, jobId, company, position, status, appliedSince, interviewAt, followUpAt,
                planned, remindFrom, stageSince, ghostedFrom, eventId, false);
    }

    /** The system change in flight read back: none in flight any more. */
    public TrackedJob systemChangeLanded() {
        return new TrackedJob(userId, jobId, company, position, status, appliedSince, interviewAt, followUpAt,
                planned, remindFrom, stageSince, ghostedFrom, null, false);
    }

    /** A user event read: noted if a system change is in flight (it lands after this event). */
    public TrackedJob userActed() {
        return systemChangeInFlight == null || activityWhileInFlight ? this
                : new TrackedJob(userId, jobId, company, position, status, appliedSince, interviewAt, followUpAt,
                        planned, remindFrom, stageSince, ghostedFrom, systemChangeInFlight, true);
    }

    /** Whether the system marked this job Ghosted (and may move it back). */
    public boolean ghostedBySystem() {
        return status == JobStatus.Ghosted && ghostedFrom != null;
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
