package com.careervault.notifier.reminders;

import com.careervault.contracts.events.ReminderPreferences;
import java.util.Optional;

/** One reminder rule about the job itself: whether a job should get its reminder now, and when. */
public sealed interface ReminderPolicy permits FollowUpReminderPolicy, CustomReminderPolicy {

    ReminderRule rule();

    Optional<PlannedReminder> plan(TrackedJob job, ReminderPreferences preferences);
}
