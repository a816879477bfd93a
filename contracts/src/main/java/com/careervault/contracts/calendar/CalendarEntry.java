package com.careervault.contracts.calendar;

import com.careervault.contracts.jobs.JobFieldLimits;
import com.careervault.contracts.text.TextRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * One event of an iCalendar document written by {@link ICalendarDocuments}: an interview (or a follow-up) as
 * a calendar client shows it. Each component maps to one VEVENT property (RFC 5545 §3.6.1).
 *
 * @param uid the event's permanent identity (UID, §3.8.4.7), e.g. {@code <interview_id>@careervault}; a
 *     client replaces the event with the same UID when the {@code sequence} grows
 * @param sequence the revision (SEQUENCE, §3.8.7.4): 0 when scheduled, +1 per reschedule or cancellation
 * @param summary the title (SUMMARY, §3.8.1.12), e.g. {@code "Technical interview: Engineer at Acme"}
 * @param description free text (DESCRIPTION, §3.8.1.5): the notes; {@code null} or blank for none
 * @param location where (LOCATION, §3.8.1.7); {@code null} or blank for none
 * @param url the meeting link (URL, §3.8.4.6): an absolute http(s) URL ({@link JobFieldLimits#HTTP_URL});
 *     {@code null} or blank for none
 * @param start the instant it starts (DTSTART, §3.8.2.4)
 * @param zone the IANA time zone it was arranged in ({@code Europe/Berlin}): DTSTART is written as local time
 *     in this zone with its VTIMEZONE, so the event follows that zone's daylight saving rules; UTC (or any
 *     fixed zero offset) is written as a UTC time
 * @param duration how long, positive whole minutes (interviews are arranged in minutes; ical4j writes
 *     seconds in a form §3.3.6 does not allow): DURATION (§3.8.2.5) as exact hours and minutes, or from 24
 *     hours on DTEND (§3.8.2.2) at the exact end, because ical4j would write nominal days
 * @param cancelled STATUS:CANCELLED instead of STATUS:CONFIRMED (§3.8.1.11); a client keeps showing it
 *     struck through or drops it
 * @param lastModified when the event last changed (LAST-MODIFIED, §3.8.7.3)
 * @throws IllegalArgumentException when a required component is missing or blank, {@code sequence} is
 *     negative, {@code duration} is not a positive number of whole minutes, {@code zone} is an offset other
 *     than UTC (it has no name a VTIMEZONE could carry), {@code url} is not an absolute http(s) URL, or a text
 *     contains control characters other than tab, CR and LF ({@link TextRules#NO_CONTROL_CHARACTERS}) that
 *     iCalendar TEXT cannot carry (§3.3.11). Whether ical4j has a definition of {@code zone} is checked when
 *     writing ({@link ICalendarDocuments#supportsTimeZone(String)}).
 */
public record CalendarEntry(String uid, int sequence, String summary, String description, String location,
        String url, Instant start, ZoneId zone, Duration duration, boolean cancelled, Instant lastModified) {

    private static final Pattern TEXT = Pattern.compile(TextRules.NO_CONTROL_CHARACTERS);
    private static final Pattern HTTP_URL = Pattern.compile(JobFieldLimits.HTTP_URL);

    public CalendarEntry {
        uid = text(required(uid, "uid"), "uid");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        summary = text(required(summary, "summary"), "summary");
        description = text(optional(description), "description");
        location = text(optional(location), "location");
        url = optional(url);
        if (url != null && !HTTP_URL.matcher(url).matches()) {
            throw new IllegalArgumentException("url " + JobFieldLimits.HTTP_URL_MESSAGE);
        }
        present(start, "start");
        present(zone, "zone");
        if (zone instanceof ZoneOffset offset && !offset.equals(ZoneOffset.UTC)) {
            throw new IllegalArgumentException("zone must be an IANA time zone (like Europe/Berlin), not an offset");
        }
        present(duration, "duration");
        boolean wholeMinutes = duration.toSecondsPart() == 0 && duration.toNanosPart() == 0;
        if (duration.isNegative() || duration.isZero() || !wholeMinutes) {
            throw new IllegalArgumentException("duration must be a positive number of whole minutes");
        }
        present(lastModified, "lastModified");
    }

    /** Whether DTSTART is written in UTC, without a VTIMEZONE: the zone never leaves offset zero. */
    boolean utc() {
        return ZoneOffset.UTC.equals(zone.normalized());
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String text(String value, String field) {
        if (value != null && !TEXT.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " " + TextRules.NO_CONTROL_CHARACTERS_MESSAGE);
        }
        return value;
    }

    private static void present(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
