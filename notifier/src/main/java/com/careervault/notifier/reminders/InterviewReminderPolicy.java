package com.careervault.notifier.reminders;

import com.careervault.contracts.events.ReminderPreferences;
import java.util.Optional;

/**
 * Remind {@link ReminderPreferences#interviewLead()} (24 hours unless the user chose otherwise) before each
 * scheduled interview of a job, the job's {@code interview_at} included (read as its legacy interview, see
 * {@link TrackedInterview#legacy()}). An interview booked less than the lead time ahead is reminded of at
 * once; once it has begun the reminder is pointless; a cancelled interview and a closed application have
 * none. The reminder's occurrence is the interview's start: a reschedule to another time plans a new one (the
 * old one is unplanned, and sent markers for the old time do not block it), a reschedule to the same time
 * plans the same one (never sent twice).
 */
public record InterviewReminderPolicy() {

    public ReminderRule rule() {
        return ReminderRule.INTERVIEW;
    }

    public Optional<PlannedReminder> plan(TrackedJob job, TrackedInterview interview,
            ReminderPreferences preferences) {
        if (!preferences.interviewEnabled() || interview.cancelled() || job.status().isClosed()) {
            return Optional.empty();
        }
        return Optional.of(new PlannedReminder(rule(), interview.startsAt(),
                interview.startsAt().minus(preferences.interviewLead()), interview.startsAt(),
                interview.interviewId()));
    }
}
