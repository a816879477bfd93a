package com.careervault.api.interviews;

import com.careervault.api.problems.FieldProblem;
import com.careervault.contracts.calendar.ICalendarDocuments;
import com.careervault.contracts.events.InterviewRescheduled;
import com.careervault.contracts.events.InterviewScheduled;
import com.careervault.contracts.interviews.InterviewKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** An interview's whole arrangement as a command decides it: what {@code interview.scheduled/rescheduled} carry. */
record Arrangement(Instant startsAt, String timeZone, int durationMinutes, InterviewKind kind, String location,
        String meetingUrl, List<String> contactIds, String notes) {

    static final int DEFAULT_DURATION_MINUTES = 60;

    Arrangement {
        contactIds = List.copyOf(contactIds);
    }

    /**
     * The instant of a wall-clock time in a zone, resolved as {@link ZonedDateTime#ofLocal} does: in a gap
     * (spring forward) later by the gap's length, in an overlap (fall back) the earlier offset.
     */
    static Instant resolve(LocalDateTime localStart, String zone) {
        return ZonedDateTime.ofLocal(localStart, ZoneId.of(zone), null).toInstant();
    }

    static Instant start(LocalDateTime localStart, OffsetDateTime startsAt, String zone) {
        return localStart != null ? resolve(localStart, zone) : startsAt.toInstant();
    }

    /** A problem with {@code time_zone} unless it is a zone calendars can carry (see {@link ICalendarDocuments}). */
    static Optional<FieldProblem> zoneProblem(String zone) {
        if (zone == null || ICalendarDocuments.supportsTimeZone(zone)) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("time_zone",
                "must be an IANA time zone id such as Europe/Berlin or America/New_York"));
    }

    InterviewScheduled scheduled(String jobId, String interviewId) {
        return new InterviewScheduled(jobId, interviewId, startsAt, timeZone, durationMinutes, kind, location,
                meetingUrl, contactIds, notes);
    }

    InterviewRescheduled rescheduled(String jobId, String interviewId) {
        return new InterviewRescheduled(jobId, interviewId, startsAt, timeZone, durationMinutes, kind, location,
                meetingUrl, contactIds, notes);
    }

    /** The arrangement an interview has now, as the read model shows it. */
    static Arrangement of(InterviewView view) {
        return new Arrangement(com.careervault.contracts.time.Timestamps.parse(view.startsAt()), view.timeZone(),
                view.durationMinutes(), InterviewKind.parse(view.kind()), view.location(), view.meetingUrl(),
                view.contactIds(), view.notes());
    }
}
