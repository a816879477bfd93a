package com.careervault.notifier.reminders;

import com.careervault.contracts.events.ReminderPreferences;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every rule applied to one job and its interviews: the reminders (and the Ghosted check) it should have right now. */
public final class ReminderPlanner {

    private final List<ReminderPolicy> policies;
    private final InterviewReminderPolicy interviews = new InterviewReminderPolicy();
    private final GhostedPolicy ghosted;

    public ReminderPlanner(ReminderSettings settings) {
        this.ghosted = new GhostedPolicy(settings.ghostedDay(), settings.maxLateness());
        this.policies = List.of(new FollowUpReminderPolicy(settings.followUpDay(), settings.maxLateness()),
                new CustomReminderPolicy(settings.maxLateness()));
    }

    /**
     * What every rule plans, less what falls before the job's {@link TrackedJob#remindFrom} (imported jobs).
     *
     * @param jobInterviews the job's interviews (cancelled ones included), in any order
     */
    public List<PlannedReminder> plan(TrackedJob job, List<TrackedInterview> jobInterviews,
            ReminderPreferences preferences) {
        Stream<PlannedReminder> aboutTheJob = policies.stream().map(policy -> policy.plan(job, preferences))
                .flatMap(Optional::stream);
        Stream<PlannedReminder> aboutInterviews = jobInterviews.stream()
                .map(interview -> interviews.plan(job, interview, preferences)).flatMap(Optional::stream);
        Stream<PlannedReminder> ghostedCheck = ghosted.plan(job, jobInterviews, preferences).stream();
        return Stream.concat(Stream.concat(aboutTheJob, aboutInterviews), ghostedCheck)
                .filter(reminder -> job.remindFrom() == null || !reminder.dueAt().isBefore(job.remindFrom()))
                .toList();
    }
}
