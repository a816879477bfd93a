package com.careervault.contracts.events;

import com.careervault.contracts.calendar.ICalendarDocuments;
import com.careervault.contracts.interviews.InterviewKind;
import java.time.Instant;
import java.util.List;

/** Invariant checks for event records: a record that breaks one cannot be built, so it never reaches a consumer. */
final class Require {

    private Require() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /**
     * An IANA region id ({@code Europe/Berlin}, {@code UTC}) that calendars can carry: not a fixed offset, see
     * {@link ICalendarDocuments#supportsTimeZone(String)}.
     */
    static String zone(String value, String field) {
        text(value, field);
        if (!ICalendarDocuments.supportsTimeZone(value)) {
            throw new IllegalArgumentException(field + " '" + value + "' is not an IANA time zone id");
        }
        return value;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /**
     * The invariants of an {@link InterviewArrangement} (scheduled and rescheduled alike).
     *
     * @return the contact ids, an unmodifiable copy; empty when absent
     */
    static List<String> arrangement(String jobId, String interviewId, Instant startsAt, String timeZone,
            InterviewKind kind, List<String> contactIds) {
        text(jobId, "job_id");
        text(interviewId, "interview_id");
        present(startsAt, "starts_at");
        zone(timeZone, "time_zone");
        present(kind, "kind");
        return contactIds == null ? List.of() : List.copyOf(contactIds);
    }
}
