package com.careervault.contracts.events;

import com.careervault.contracts.calendar.ICalendarDocuments;
import com.careervault.contracts.interviews.InterviewKind;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** Invariant checks for event records: a record that breaks one cannot be built, so it never reaches a consumer. */
final class Require {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

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

    /** A stored file version's identity: version from 1, size from 1 byte, SHA-256 as 64 lowercase hex digits. */
    static void fileVersion(int version, long size, String sha256) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
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
