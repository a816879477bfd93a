package com.careervault.notifier.reminders;

import com.careervault.contracts.events.ReminderPreferences;
import java.time.Duration;
import java.util.Optional;

/** Remind at the follow-up date the user set on the job, whatever its status: they asked for it explicitly. */
public record CustomReminderPolicy(Duration maxLateness) implements ReminderPolicy {

    @Override
    public ReminderRule rule() {
        return ReminderRule.CUSTOM;
    }

    @Override
    public Optional<PlannedReminder> plan(TrackedJob job, ReminderPreferences preferences) {
        if (!preferences.customEnabled() || job.followUpAt() == null) {
            return Optional.empty();
        }
        return Optional.of(new PlannedReminder(rule(), job.followUpAt(), job.followUpAt(),
                job.followUpAt().plus(maxLateness)));
    }
}
