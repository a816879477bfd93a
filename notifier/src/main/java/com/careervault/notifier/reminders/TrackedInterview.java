package com.careervault.notifier.reminders;

import com.careervault.contracts.events.InterviewArrangement;
import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.interviews.LegacyInterview;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What the notifier keeps of one interview: its current arrangement (the reminder's time and its {@code .ics}
 * attachment), whether it was called off, and its iCalendar SEQUENCE. One record per interview (store
 * {@link ReminderStores#INTERVIEWS}), so no record grows with a job's interviews or their changes.
 *
 * <p>{@code location}, {@code meetingUrl} and {@code notes} are personal fields, decrypted by the codec
 * ({@code EventCodec}); they are kept for the attachment only, dropped with the user's other entries on
 * {@code UserDeleted}, and never logged.
 *
 * @param sequence 0 when scheduled, one more per reschedule or cancellation (RFC 5545 §3.8.7.4), as the read
 *        model and the API's calendars count it, so the attachment replaces the event a calendar already has
 * @param legacy whether this is the job's {@code interview_at} read as {@link LegacyInterview}: zone UTC only
 *        because old clients gave no zone, so its email shows the time in the user's zone
 * @param updatedAt the time of the event that last changed it (LAST-MODIFIED)
 * @param lastEventId the id of that event: a redelivery of it changes nothing (not even the sequence)
 */
public record TrackedInterview(String userId, String jobId, String interviewId, Instant startsAt, String timeZone,
        int durationMinutes, InterviewKind kind, String location, String meetingUrl, String notes, int sequence,
        boolean cancelled, boolean legacy, Instant updatedAt, String lastEventId) {

    /** A newly arranged interview. */
    public static TrackedInterview scheduled(String userId, InterviewArrangement event, Instant time,
            String eventId) {
        return new TrackedInterview(userId, event.jobId(), event.interviewId(), event.startsAt(), event.timeZone(),
                event.durationMinutes(), event.kind(), event.location(), event.meetingUrl(), event.notes(), 0, false,
                isLegacy(event.jobId(), event.interviewId()), time, eventId);
    }

    /** The whole new arrangement, one sequence on. */
    public TrackedInterview rescheduled(InterviewArrangement event, Instant time, String eventId) {
        return new TrackedInterview(userId, jobId, interviewId, event.startsAt(), event.timeZone(),
                event.durationMinutes(), event.kind(), event.location(), event.meetingUrl(), event.notes(),
                sequence + 1, false, legacy, time, eventId);
    }

    public TrackedInterview cancelledBy(Instant time, String eventId) {
        return new TrackedInterview(userId, jobId, interviewId, startsAt, timeZone, durationMinutes, kind, location,
                meetingUrl, notes, sequence + 1, true, legacy, time, eventId);
    }

    /**
     * The job's {@code interview_at} at {@code startsAt} as {@link LegacyInterview}: scheduled when there was
     * none (or {@code existing} is null), else rescheduled to it.
     */
    public static TrackedInterview legacyAt(TrackedInterview existing, String userId, String jobId,
            Instant startsAt, Instant time, String eventId) {
        int sequence = existing == null ? 0 : existing.sequence() + 1;
        return new TrackedInterview(userId, jobId, LegacyInterview.id(jobId), startsAt, LegacyInterview.ZONE.getId(),
                LegacyInterview.DURATION_MINUTES, InterviewKind.OTHER, null, null, null, sequence, false, true, time,
                eventId);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    static boolean isLegacy(String jobId, String interviewId) {
        return LegacyInterview.id(jobId).equals(interviewId);
    }
}
