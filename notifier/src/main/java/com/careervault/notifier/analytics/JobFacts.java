package com.careervault.notifier.analytics;

import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the statistics need to know about one job (one state record per job, a few hundred bytes). The "reached"
 * flags and {@code furthestStage} remember the furthest the application ever got, so a job that was interviewed and
 * later rejected still counts as interviewed, and a status changed back and forth counts once.
 *
 * @param enteredAppliedAt when the job first entered Applied (null if it never was in Applied)
 * @param firstMoveAt when it first left Applied for another status (version 1's time to first response)
 * @param furthestStage index in {@link UserStats.Funnel#STAGES} of the furthest funnel stage it reached (an
 *        interview arranged reaches Interviewing; Rejected, Withdrawn and Ghosted reach nothing past Applied); -1
 *        while it never left Wishlist
 * @param firstAnswerAt when, after entering Applied, it first reached Screening, Interviewing, Offer, Accepted or
 *        Rejected or had an interview arranged (Ghosted and Withdrawn are no answer); null while none
 * @param stageEnteredAt when it entered its current status
 * @param stageSeconds per funnel stage it has left (all but the last), the seconds of all its stays in it
 * @param appliedOn the day (in the user's time zone then) it first left Wishlist, or was created outside it
 * @param source its source group, one of {@link UserStats.Funnel#SOURCES}
 */
public record JobFacts(JobStatus status, Instant createdAt, LocalDate appliedDate, Instant enteredAppliedAt,
        Instant firstMoveAt, boolean applied, boolean responded, boolean interviewed, boolean offered,
        int furthestStage, Instant firstAnswerAt, Instant stageEnteredAt, Map<String, Long> stageSeconds,
        LocalDate appliedOn, String source) {

    /** Statuses that mean the employer answered: moving past Applied by their doing. */
    static final Set<JobStatus> RESPONSES = EnumSet.of(JobStatus.Screening, JobStatus.Interviewing, JobStatus.Offer,
            JobStatus.Accepted, JobStatus.Rejected);
    static final Set<JobStatus> INTERVIEWS = EnumSet.of(JobStatus.Interviewing, JobStatus.Offer, JobStatus.Accepted);
    static final Set<JobStatus> OFFERS = EnumSet.of(JobStatus.Offer, JobStatus.Accepted);
    /** The funnel stages whose time is measured: every one but the last. */
    static final Set<JobStatus> TIMED = EnumSet.of(JobStatus.Applied, JobStatus.Screening, JobStatus.Interviewing,
            JobStatus.Offer);
    private static final int INTERVIEWING = UserStats.Funnel.STAGES.indexOf("Interviewing");

    public JobFacts {
        stageSeconds = stageSeconds == null ? Map.of() : Map.copyOf(stageSeconds);
        source = source == null ? UserStats.Funnel.NOT_GIVEN : source;
    }

    static JobFacts created(JobCreated event, Instant eventTime) {
        return created(event, eventTime, ZoneOffset.UTC);
    }

    /** @param zone the user's time zone (the day of application is counted in it) */
    static JobFacts created(JobCreated event, Instant eventTime, ZoneId zone) {
        JobStatus status = event.status();
        // an imported job was created where it came from; its event's time is only when it was imported
        Instant time = event.importedFrom() == null ? eventTime : event.importedFrom().createdAt();
        return first(status, time, event.appliedDate(), sourceGroup(event.source()), zone);
    }

    private static JobFacts first(JobStatus status, Instant time, LocalDate appliedDate, String source, ZoneId zone) {
        return new JobFacts(status, time, appliedDate, status == JobStatus.Applied ? time : null, null,
                status != JobStatus.Wishlist, RESPONSES.contains(status), INTERVIEWS.contains(status),
                OFFERS.contains(status), stageOf(status), null, time, Map.of(),
                status == JobStatus.Wishlist ? null : LocalDate.ofInstant(time, zone), source);
    }

    /**
     * The facts of a deleted job brought back, rebuilt from its status history as if each stage had been
     * seen. A history whose oldest stages were dropped (over 20 stages) starts at its oldest kept stage.
     */
    static JobFacts restored(JobRestored event, ZoneId zone) {
        StatusStage first = event.statusHistory().get(0);
        JobFacts facts = first(first.status(), first.at(), event.appliedDate(), sourceGroup(event.source()), zone);
        facts = facts.withCreatedAt(event.createdAt());
        for (StatusStage stage : event.statusHistory().subList(1, event.statusHistory().size())) {
            facts = facts.statusChanged(stage.status(), stage.at(), zone);
        }
        return facts;
    }

    private JobFacts withCreatedAt(Instant created) {
        return new JobFacts(status, created, appliedDate, enteredAppliedAt, firstMoveAt, applied, responded,
                interviewed, offered, furthestStage, firstAnswerAt, stageEnteredAt, stageSeconds, appliedOn, source);
    }

    JobFacts updated(JobUpdated event) {
        LocalDate date = event.cleared().contains("applied_date") ? null
                : event.appliedDate() != null ? event.appliedDate() : appliedDate;
        String group = event.cleared().contains("source") ? UserStats.Funnel.NOT_GIVEN
                : event.source() != null ? sourceGroup(event.source()) : source;
        return new JobFacts(status, createdAt, date, enteredAppliedAt, firstMoveAt, applied, responded, interviewed,
                offered, furthestStage, firstAnswerAt, stageEnteredAt, stageSeconds, appliedOn, group);
    }

    JobFacts statusChanged(JobStatus to, Instant time) {
        return statusChanged(to, time, ZoneOffset.UTC);
    }

    JobFacts statusChanged(JobStatus to, Instant time, ZoneId zone) {
        if (to == status) {
            return this;
        }
        Instant entered = enteredAppliedAt == null && to == JobStatus.Applied ? time : enteredAppliedAt;
        Instant moved = firstMoveAt == null && status == JobStatus.Applied && enteredAppliedAt != null ? time
                : firstMoveAt;
        Instant answered = firstAnswerAt == null && entered != null && RESPONSES.contains(to) ? time : firstAnswerAt;
        Map<String, Long> seconds = stageSeconds;
        if (TIMED.contains(status) && stageEnteredAt != null) {
            seconds = new LinkedHashMap<>(stageSeconds);
            seconds.merge(status.spelling(), Math.max(0, Duration.between(stageEnteredAt, time).toSeconds()),
                    Long::sum);
        }
        LocalDate day = appliedOn == null && to != JobStatus.Wishlist ? LocalDate.ofInstant(time, zone) : appliedOn;
        return new JobFacts(to, createdAt, appliedDate, entered, moved, applied || to != JobStatus.Wishlist,
                responded || RESPONSES.contains(to), interviewed || INTERVIEWS.contains(to),
                offered || OFFERS.contains(to), Math.max(furthestStage, stageOf(to)), answered, time, seconds, day,
                source);
    }

    /**
     * A status the system set at {@code time}: marked Ghosted for want of an answer, or moved back to where it was.
     * Neither is the employer's doing, so neither is a first response nor a stage reached; the flags only ever
     * grow, as with the user's changes. The stay in the stage the job leaves ends here (its seconds counted), and
     * a stay starts again when it comes back, so time spent marked Ghosted counts in no stage.
     */
    JobFacts changedBySystem(JobStatus to, Instant time) {
        if (to == status) {
            return this;
        }
        Map<String, Long> seconds = stageSeconds;
        if (TIMED.contains(status) && stageEnteredAt != null) {
            seconds = new LinkedHashMap<>(stageSeconds);
            seconds.merge(status.spelling(), Math.max(0, Duration.between(stageEnteredAt, time).toSeconds()),
                    Long::sum);
        }
        return new JobFacts(to, createdAt, appliedDate, enteredAppliedAt, firstMoveAt, applied, responded, interviewed,
                offered, furthestStage, firstAnswerAt, time, seconds, appliedOn, source);
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
        Instant answered = firstAnswerAt == null && enteredAppliedAt != null ? time : firstAnswerAt;
        return new JobFacts(status, createdAt, appliedDate, enteredAppliedAt, moved, applied, true, true, offered,
                Math.max(furthestStage, INTERVIEWING), answered, stageEnteredAt, stageSeconds, appliedOn, source);
    }

    /**
     * A job that came with an interview arranged (an {@code interview_at} on creation or restore): it reached the
     * interview stage; its time to first response is unknown (the answer came before CareerVault saw the job).
     */
    JobFacts withInterviewReached() {
        return new JobFacts(status, createdAt, appliedDate, enteredAppliedAt, firstMoveAt, applied, true, true,
                offered, Math.max(furthestStage, INTERVIEWING), firstAnswerAt, stageEnteredAt, stageSeconds,
                appliedOn, source);
    }

    /** The day the application counts for in the weekly figures: its applied date, else its creation (UTC). */
    LocalDate applicationDay() {
        return appliedDate != null ? appliedDate : LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
    }

    /** The ISO week the job counts in, or null when it is not an application (never left Wishlist). */
    String applicationWeek() {
        return applied ? UserStatsCalculator.isoWeek(applicationDay()) : null;
    }

    /**
     * The ISO week the job counts in for the funnel, or null when it is not an application: of its applied date,
     * else of the day it became an application in the user's time zone.
     */
    String funnelWeek() {
        if (!applied) {
            return null;
        }
        LocalDate day = appliedDate != null ? appliedDate : appliedOn != null ? appliedOn
                : LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        return UserStatsCalculator.isoWeek(day);
    }

    /** Whole seconds from entering Applied to the first later status; null while there is no such move. */
    Long secondsToFirstResponse() {
        return applied && enteredAppliedAt != null && firstMoveAt != null
                ? Duration.between(enteredAppliedAt, firstMoveAt).toSeconds() : null;
    }

    /** Whole seconds from entering Applied to the employer's first answer; null while there is none. */
    Long secondsToAnswer() {
        return applied && enteredAppliedAt != null && firstAnswerAt != null
                ? Math.max(0, Duration.between(enteredAppliedAt, firstAnswerAt).toSeconds()) : null;
    }

    /** Seconds spent in each funnel stage it has left (all stays added up). */
    Map<String, Long> secondsInStages() {
        return stageSeconds;
    }

    /** The index of {@code status} in the funnel: the stage it means having reached. */
    static int stageOf(JobStatus status) {
        return switch (status) {
            case Wishlist -> -1;
            case Applied, Rejected, Withdrawn, Ghosted -> 0;
            case Screening -> 1;
            case Interviewing -> 2;
            case Offer -> 3;
            case Accepted -> 4;
        };
    }

    /**
     * The source group of a job's {@code source}: one of the web app's suggestions when it is one (letter case,
     * spaces, hyphens and underscores ignored: "linkedin", "Company-site"), {@code Not given} when absent, else
     * Other. A fixed set, so the published record stays bounded whatever users type.
     */
    static String sourceGroup(String source) {
        if (source == null || source.isBlank()) {
            return UserStats.Funnel.NOT_GIVEN;
        }
        String folded = source.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        for (String group : UserStats.Funnel.SOURCES) {
            if (group.toLowerCase(Locale.ROOT).replace(" ", "").equals(folded)) {
                return group;
            }
        }
        return "Other";
    }
}
