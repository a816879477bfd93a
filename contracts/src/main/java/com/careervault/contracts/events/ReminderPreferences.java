package com.careervault.contracts.events;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * What a user wants to be reminded of. Defaults: every rule on, follow-up
 * after 7 days in Applied, interviews reminded 24 hours ahead, times shown in UTC.
 *
 * @param interviewLeadHours how many hours before each interview its reminder is sent, 1 to 168; null (events
 *        written before it existed) reads as {@value #DEFAULT_INTERVIEW_LEAD_HOURS}
 * @param ghostedAfterAppliedDays days without a stage change or interview activity after which an application in
 *        Applied or Screening is marked Ghosted by the system, 1 to {@value #MAX_GHOSTED_AFTER_DAYS}; null (events
 *        written before it existed) reads as {@value #DEFAULT_GHOSTED_AFTER_APPLIED_DAYS}
 * @param ghostedAfterInterviewDays the same for an application in Interviewing or with an interview, counted from
 *        its last interview (the later of its arrangement and its start); null reads as
 *        {@value #DEFAULT_GHOSTED_AFTER_INTERVIEW_DAYS}
 */
public record ReminderPreferences(boolean followUpEnabled, int followUpDays, boolean interviewEnabled,
        boolean customEnabled, String timeZone, Integer interviewLeadHours, Integer ghostedAfterAppliedDays,
        Integer ghostedAfterInterviewDays) {

    public static final int DEFAULT_FOLLOW_UP_DAYS = 7;
    public static final int MAX_FOLLOW_UP_DAYS = 90;
    public static final int DEFAULT_INTERVIEW_LEAD_HOURS = 24;
    /** A week. */
    public static final int MAX_INTERVIEW_LEAD_HOURS = 168;
    public static final int DEFAULT_GHOSTED_AFTER_APPLIED_DAYS = 21;
    public static final int DEFAULT_GHOSTED_AFTER_INTERVIEW_DAYS = 14;
    /** A year. */
    public static final int MAX_GHOSTED_AFTER_DAYS = 365;

    public static ReminderPreferences defaults() {
        return new ReminderPreferences(true, DEFAULT_FOLLOW_UP_DAYS, true, true, "UTC");
    }

    /** Preferences with the default interview lead time. */
    public ReminderPreferences(boolean followUpEnabled, int followUpDays, boolean interviewEnabled,
            boolean customEnabled, String timeZone) {
        this(followUpEnabled, followUpDays, interviewEnabled, customEnabled, timeZone, DEFAULT_INTERVIEW_LEAD_HOURS);
    }

    /** Preferences with the default Ghosted thresholds. */
    public ReminderPreferences(boolean followUpEnabled, int followUpDays, boolean interviewEnabled,
            boolean customEnabled, String timeZone, Integer interviewLeadHours) {
        this(followUpEnabled, followUpDays, interviewEnabled, customEnabled, timeZone, interviewLeadHours, null, null);
    }

    public ReminderPreferences {
        if (followUpDays < 1 || followUpDays > MAX_FOLLOW_UP_DAYS) {
            throw new IllegalArgumentException("follow_up_days must be between 1 and " + MAX_FOLLOW_UP_DAYS);
        }
        interviewLeadHours = interviewLeadHours == null ? DEFAULT_INTERVIEW_LEAD_HOURS : interviewLeadHours;
        if (interviewLeadHours < 1 || interviewLeadHours > MAX_INTERVIEW_LEAD_HOURS) {
            throw new IllegalArgumentException(
                    "interview_lead_hours must be between 1 and " + MAX_INTERVIEW_LEAD_HOURS);
        }
        ghostedAfterAppliedDays = ghostedAfterDays(ghostedAfterAppliedDays, DEFAULT_GHOSTED_AFTER_APPLIED_DAYS,
                "ghosted_after_applied_days");
        ghostedAfterInterviewDays = ghostedAfterDays(ghostedAfterInterviewDays, DEFAULT_GHOSTED_AFTER_INTERVIEW_DAYS,
                "ghosted_after_interview_days");
        Require.text(timeZone, "time_zone");
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time_zone '" + timeZone + "' is not an IANA time zone");
        }
    }

    /** How long before an interview its reminder is due. */
    public Duration interviewLead() {
        return Duration.ofHours(interviewLeadHours);
    }

    private static int ghostedAfterDays(Integer days, int fallback, String field) {
        int value = days == null ? fallback : days;
        if (value < 1 || value > MAX_GHOSTED_AFTER_DAYS) {
            throw new IllegalArgumentException(field + " must be between 1 and " + MAX_GHOSTED_AFTER_DAYS);
        }
        return value;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
