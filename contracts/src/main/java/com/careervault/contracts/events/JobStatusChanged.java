package com.careervault.contracts.events;

import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.jobs.StatusMarker;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A job moved from one status to another; the pair forms the job's stage history.
 *
 * <p>{@code markedBy} says who moved it: absent (null) for the user, as in every event written before it existed,
 * so that a user's change reads on the wire as it always did (see {@link #marker()}), or {@link
 * StatusMarker#SYSTEM}: the notifier marking an idle application Ghosted,
 * or moving a job it marked back to its stage on new activity. A system change is <b>conditional</b>: it applies
 * only to a job whose status is still its {@code from} ({@link #appliesTo}). The system decides on the log as it
 * has read it, and its event lands after events it has not read yet; a user's status change among those wins, and
 * every consumer (projector, notifier, statistics) skips the system change alike, so they all agree.
 */
public record JobStatusChanged(String jobId, JobStatus from, JobStatus to, StatusMarker markedBy) implements JobEvent {

    public JobStatusChanged {
        Require.text(jobId, "job_id");
        Require.present(from, "from");
        Require.present(to, "to");
    }

    /** A change the user made. */
    public JobStatusChanged(String jobId, JobStatus from, JobStatus to) {
        this(jobId, from, to, null);
    }

    /** Who made the change: {@link StatusMarker#USER} unless the event says {@code system}. */
    @JsonIgnore
    public StatusMarker marker() {
        return markedBy == null ? StatusMarker.USER : markedBy;
    }

    /** A change the system made (see the class comment). */
    public static JobStatusChanged bySystem(String jobId, JobStatus from, JobStatus to) {
        return new JobStatusChanged(jobId, from, to, StatusMarker.SYSTEM);
    }

    @JsonIgnore
    public boolean isBySystem() {
        return markedBy == StatusMarker.SYSTEM;
    }

    /** Whether this change applies to a job whose status is {@code current}: a user's always, the system's only from its {@code from}. */
    public boolean appliesTo(JobStatus current) {
        return !isBySystem() || from == current;
    }
}
