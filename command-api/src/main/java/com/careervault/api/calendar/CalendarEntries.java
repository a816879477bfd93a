package com.careervault.api.calendar;

import com.careervault.api.calendar.CalendarReadModel.Interview;
import com.careervault.api.calendar.CalendarReadModel.Job;
import com.careervault.contracts.calendar.CalendarEntry;
import com.careervault.contracts.calendar.ICalendarDocuments;
import com.careervault.contracts.interviews.InterviewKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How interviews and follow-up dates become calendar events ({@link CalendarEntry}).
 * <ul>
 * <li>An interview: UID {@code <interview_id>@careervault}, SEQUENCE and STATUS from the read model (raised
 * on every reschedule and on the cancellation, which stays in the calendar as STATUS:CANCELLED), DTSTART in
 * the zone it was arranged in, SUMMARY {@code "<kind label>: <position> at <company>"} ("Technical interview:
 * Engineer at Acme"), LOCATION, URL (the meeting link) and DESCRIPTION (the notes).</li>
 * <li>A follow-up date (a job's {@code follow_up_at}): UID {@code follow-up-<job_id>@careervault}, a
 * {@value #FOLLOW_UP_MINUTES}-minute event "Follow up: <position> at <company>" in the user's preference time
 * zone. Its SEQUENCE stays 0: the date has no revision count in the read model, and a subscribed calendar
 * replaces the whole feed on every poll anyway (the changed DTSTART and LAST-MODIFIED show the new date); a
 * counter kept just for it would have to survive replays.</li>
 * </ul>
 */
final class CalendarEntries {

    /** What the feed and the downloads call the calendar. */
    static final String CALENDAR_NAME = "CareerVault interviews";
    static final int FOLLOW_UP_MINUTES = 15;

    private static final String UID_DOMAIN = "@careervault";

    private CalendarEntries() {
    }

    static CalendarEntry interview(Interview interview, Job job) {
        return new CalendarEntry(interview.interviewId() + UID_DOMAIN, interview.sequence(),
                kind(interview.kind()).label() + ": " + what(job), interview.notes(), interview.location(),
                interview.meetingUrl(), interview.startsAt(), zone(interview.timeZone()),
                Duration.ofMinutes(interview.durationMinutes()), interview.cancelled(), lastModified(interview.changedAt(),
                        interview.startsAt()));
    }

    static CalendarEntry followUp(Job job, ZoneId zone) {
        return new CalendarEntry("follow-up-" + job.jobId() + UID_DOMAIN, 0, "Follow up: " + what(job), null, null,
                null, job.followUpAt(), zone, Duration.ofMinutes(FOLLOW_UP_MINUTES), false,
                lastModified(job.changedAt(), job.followUpAt()));
    }

    /** The user's preference zone when a calendar can carry it, else UTC. */
    static ZoneId zone(String timeZone) {
        return ICalendarDocuments.supportsTimeZone(timeZone) ? ZoneId.of(timeZone) : ZoneOffset.UTC;
    }

    private static String what(Job job) {
        return job.position() + " at " + job.company();
    }

    private static InterviewKind kind(String kind) {
        try {
            return InterviewKind.parse(kind);
        } catch (IllegalArgumentException unknown) {
            return InterviewKind.OTHER;
        }
    }

    private static Instant lastModified(Instant changedAt, Instant fallback) {
        return changedAt != null ? changedAt : fallback;
    }
}
