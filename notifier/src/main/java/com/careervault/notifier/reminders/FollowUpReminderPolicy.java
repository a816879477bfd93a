package com.careervault.notifier.reminders;

import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * Follow up on an application that has sat in Applied for the user's number of days, counted
 * from when it entered Applied. The length of a "day" is configurable so that tests against
 * a real broker need not wait one.
 */
public record FollowUpReminderPolicy(Duration day, Duration maxLateness) implements ReminderPolicy {

    @Override
    public ReminderRule rule() {
        return ReminderRule.FOLLOW_UP;
    }

    @Override
    public Optional<PlannedReminder> plan(TrackedJob job, ReminderPreferences preferences) {
        if (!preferences.followUpEnabled() || job.status() != JobStatus.Applied || job.appliedSince() == null) {
            return Optional.empty();
        }
        var due = job.appliedSince().plus(day.multipliedBy(preferences.followUpDays()));
        return Optional.of(new PlannedReminder(rule(), job.appliedSince(), due, due.plus(maxLateness)));
    }
}
