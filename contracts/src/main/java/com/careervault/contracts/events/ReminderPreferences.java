package com.careervault.contracts.events;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * What a user wants to be reminded of. Defaults: every rule on, follow-up
 * after 7 days in Applied, times shown in UTC.
 */
public record ReminderPreferences(boolean followUpEnabled, int followUpDays, boolean interviewEnabled,
        boolean customEnabled, String timeZone) {

    public static final int DEFAULT_FOLLOW_UP_DAYS = 7;
    public static final int MAX_FOLLOW_UP_DAYS = 90;

    public static ReminderPreferences defaults() {
        return new ReminderPreferences(true, DEFAULT_FOLLOW_UP_DAYS, true, true, "UTC");
    }

    public ReminderPreferences {
        if (followUpDays < 1 || followUpDays > MAX_FOLLOW_UP_DAYS) {
            throw new IllegalArgumentException("follow_up_days must be between 1 and " + MAX_FOLLOW_UP_DAYS);
        }
        Require.text(timeZone, "time_zone");
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time_zone '" + timeZone + "' is not an IANA time zone");
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
