package com.careervault.notifier.reminders;

import com.careervault.contracts.events.ReminderPreferences;
import java.util.List;
import java.util.Optional;

/** Every rule applied to one job: the reminders it should have right now. */
public final class ReminderPlanner {

    private final List<ReminderPolicy> policies;

    public ReminderPlanner(ReminderSettings settings) {
        this.policies = List.of(new FollowUpReminderPolicy(settings.followUpDay(), settings.maxLateness()),
                new InterviewReminderPolicy(), new CustomReminderPolicy(settings.maxLateness()));
    }

    /** What every rule plans, less what falls before the job's {@link TrackedJob#remindFrom} (imported jobs). */
    public List<PlannedReminder> plan(TrackedJob job, ReminderPreferences preferences) {
        return policies.stream().map(policy -> policy.plan(job, preferences)).flatMap(Optional::stream)
                .filter(reminder -> job.remindFrom() == null || !reminder.dueAt().isBefore(job.remindFrom()))
                .toList();
    }
}
