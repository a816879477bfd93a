package com.careervault.notifier.analytics;

import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the statistics need to know about one job (one state record per job, about 200 bytes). The "reached" flags remember the furthest the
 * application ever got, so a job that was interviewed and later rejected still counts as interviewed.
 *
 * @param enteredAppliedAt when the job first entered Applied (null if it never was in Applied)
 * @param firstMoveAt when it first left Applied for another status
 */
public record JobFacts(JobStatus status, Instant createdAt, LocalDate appliedDate, Instant enteredAppliedAt,
        Instant firstMoveAt, boolean applied, boolean responded, boolean interviewed, boolean offered) {

    /** Statuses that mean the employer answered: moving past Applied by their doing. */
    static final Set<JobStatus> RESPONSES = EnumSet.of(JobStatus.Screening, JobStatus.Interviewing, JobStatus.Offer,
            JobStatus.Accepted, JobStatus.Rejected);
    static final Set<JobStatus> INTERVIEWS = EnumSet.of(JobStatus.Interviewing, JobStatus.Offer, JobStatus.Accepted);
    static final Set<JobStatus> OFFERS = EnumSet.of(JobStatus.Offer, JobStatus.Accepted);

    static JobFacts created(JobCreated event, Instant eventTime) {
        JobStatus status = event.status();
        // an imported job was created where it came from; its event's time is only when it was imported
        Instant time = event.importedFrom() == null ? eventTime : event.importedFrom().createdAt();
        return new JobFacts(status, time, event.appliedDate(), status == JobStatus.Applied ? time : null, null,
                status != JobStatus.Wishlist, RESPONSES.contains(status), INTERVIEWS.contains(status),
                OFFERS.contains(status));
    }

    /**
     * The facts of a deleted job brought back, rebuilt from its status history as if each stage had been
     * seen. A history whose oldest stages were dropped (over 20 stages) starts at its oldest kept stage.
     */
    static JobFacts restored(JobRestored event) {
        StatusStage first = event.statusHistory().get(0);
        JobStatus status = first.status();
        JobFacts facts = new JobFacts(status, event.createdAt(), event.appliedDate(),
                status == JobStatus.Applied ? first.at() : null, null, status != JobStatus.Wishlist,
                RESPONSES.contains(status), INTERVIEWS.contains(status), OFFERS.contains(status));
        for (StatusStage stage : event.statusHistory().subList(1, event.statusHistory().size())) {
            facts = facts.statusChanged(stage.status(), stage.at());
        }
        return facts;
    }

    JobFacts updated(JobUpdated event) {
        LocalDate date = event.cleared().contains("applied_date") ? null
                : event.appliedDate() != null ? event.appliedDate() : appliedDate;
        return new JobFacts(status, createdAt, date, enteredAppliedAt, firstMoveAt, applied, responded, interviewed,
                offered);
    }

    JobFacts statusChanged(JobStatus to, Instant time) {
        if (to == status) {
            return this;
        }
        Instant entered = enteredAppliedAt == null && to == JobStatus.Applied ? time : enteredAppliedAt;
        Instant moved = firstMoveAt == null && status == JobStatus.Applied && enteredAppliedAt != null ? time
                : firstMoveAt;
        return new JobFacts(to, createdAt, appliedDate, entered, moved, applied || to != JobStatus.Wishlist,
                responded || RESPONSES.contains(to), interviewed || INTERVIEWS.contains(to),
                offered || OFFERS.contains(to));
    }

    /**
     * A status the system set: marked Ghosted for want of an answer, or moved back to where it was. Neither is the
     * employer's doing, so neither is a first response; the flags only ever grow, as with the user's changes.
     */
    JobFacts changedBySystem(JobStatus to) {
        return new JobFacts(to, createdAt, appliedDate, enteredAppliedAt, firstMoveAt, applied, responded, interviewed,
                offered);
    }

    /**
     * An interview was arranged ({@code job.interview-scheduled}, or an {@code interview_at} set): the employer
     * answered and the application reached the interview stage, whatever status the user has left it in (people
     * record the interview and forget to move the card). Like the status flags, never undone: a cancelled
     * interview was still an answer.
     */
    JobFacts interviewArranged(Instant time) {
        Instant moved = firstMoveAt == null && status == JobStatus.Applied && enteredAppliedAt != null ? time
                : firstMoveAt;
        return new JobFacts(status, createdAt, appliedDate, enteredAppliedAt, moved, applied, true, true, offered);
    }

    /**
     * A job that came with an interview arranged (an {@code interview_at} on creation or restore): it reached the
     * interview stage; its time to first response is unknown (the answer came before CareerVault saw the job).
     */
    JobFacts withInterviewReached() {
        return new JobFacts(status, createdAt, appliedDate, enteredAppliedAt, firstMoveAt, applied, true, true,
                offered);
    }

    /** The day the application counts for in the weekly figures: its applied date, else its creation (UTC). */
    LocalDate applicationDay() {
        return appliedDate != null ? appliedDate : LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
    }

    /** The ISO week the job counts in, or null when it is not an application (never left Wishlist). */
    String applicationWeek() {
        return applied ? UserStatsCalculator.isoWeek(applicationDay()) : null;
    }

    /** Whole seconds from entering Applied to the first later status; null while there is no such move. */
    Long secondsToFirstResponse() {
        return applied && enteredAppliedAt != null && firstMoveAt != null
                ? Duration.between(enteredAppliedAt, firstMoveAt).toSeconds() : null;
    }
}
