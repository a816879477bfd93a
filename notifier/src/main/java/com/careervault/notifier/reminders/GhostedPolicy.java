package com.careervault.notifier.reminders;

import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When an open application with no answer is marked Ghosted by the system: after the user's number of days
 * ({@link ReminderPreferences#ghostedAfterAppliedDays()}, 21 by default; {@link
 * ReminderPreferences#ghostedAfterInterviewDays()}, 14, for a job in Interviewing or with an interview that is not
 * cancelled) without a stage change or interview activity. The idle time starts at the latest of: the job entering
 * its status, any of its interviews being arranged, rescheduled or cancelled, and the start of any interview not
 * cancelled (an interview a month ahead keeps the job open until two weeks after it), and never before an
 * imported job was imported (its back-dated history does not make it idle at once).
 *
 * <p>Only Applied, Screening and Interviewing are ever touched: Wishlist is no application yet, and Offer,
 * Accepted, Rejected, Withdrawn and Ghosted are closed (a Ghosted the user chose is never undone). An edit of the
 * job (a note, a salary) does not restart the idle time (it is the user's doing, not an answer); it does move a
 * job the system marked back ({@link ReminderProcessor}). Nothing is planned while a system change of the job is in
 * flight, nor for a job tracked before {@link TrackedJob#stageSince()} was kept, until its next status change.
 *
 * <p>A check is planned to expire {@code maxLateness} after it is due, like a follow-up: one found later than that
 * marks nothing ({@link ReminderProcessor}), because a punctuator that far behind is most likely deciding on a log
 * being replayed from long ago (a new application id), whose later events it has not read yet. The cost is that
 * an application whose check fell due while the notifier was down for longer than that is marked only after its
 * next change and another idle period.
 *
 * @param day the unit of the thresholds: one day in production, shortened in tests ({@link ReminderSettings#ghostedDay()})
 * @param maxLateness how late a due check may still mark ({@link ReminderSettings#maxLateness()})
 */
public record GhostedPolicy(Duration day, Duration maxLateness) {

    static final Set<JobStatus> WATCHED = EnumSet.of(JobStatus.Applied, JobStatus.Screening, JobStatus.Interviewing);

    public Optional<PlannedReminder> plan(TrackedJob job, List<TrackedInterview> jobInterviews,
            ReminderPreferences preferences) {
        if (!WATCHED.contains(job.status()) || job.stageSince() == null || job.systemChangeInFlight() != null) {
            return Optional.empty();
        }
        Instant idleSince = job.stageSince();
        boolean interviewed = job.status() == JobStatus.Interviewing;
        for (TrackedInterview interview : jobInterviews) {
            idleSince = later(idleSince, interview.updatedAt());
            if (!interview.cancelled()) {
                interviewed = true;
                idleSince = later(idleSince, interview.startsAt());
            }
        }
        idleSince = later(idleSince, job.remindFrom());
        int days = interviewed ? preferences.ghostedAfterInterviewDays() : preferences.ghostedAfterAppliedDays();
        Instant due = idleSince.plus(day.multipliedBy(days));
        // the occurrence is the start of the idle time: the event id of the marking derives from it
        return Optional.of(new PlannedReminder(ReminderRule.GHOSTED, idleSince, due, due.plus(maxLateness)));
    }

    /** The threshold, in days, of a planned check. */
    static int thresholdDays(PlannedReminder check, Duration day) {
        return (int) Math.max(1, Duration.between(check.occurrence(), check.dueAt()).dividedBy(day));
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
