package com.careervault.notifier.reminders;

import com.careervault.contracts.events.ReminderPreferences;
import java.time.Duration;
import java.util.Optional;

/**
 * Remind the day before an interview. An interview booked less than a day ahead is reminded of
 * at once; once it has begun the reminder is pointless, and a closed application has no interview.
 */
public record InterviewReminderPolicy() implements ReminderPolicy {

    static final Duration LEAD_TIME = Duration.ofHours(24);

    @Override
    public ReminderRule rule() {
        return ReminderRule.INTERVIEW;
    }

    @Override
    public Optional<PlannedReminder> plan(TrackedJob job, ReminderPreferences preferences) {
        if (!preferences.interviewEnabled() || job.interviewAt() == null || job.status().isClosed()) {
            return Optional.empty();
        }
        return Optional.of(new PlannedReminder(rule(), job.interviewAt(), job.interviewAt().minus(LEAD_TIME),
                job.interviewAt()));
    }
}
