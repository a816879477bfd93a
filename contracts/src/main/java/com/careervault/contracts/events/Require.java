package com.careervault.contracts.events;

import com.careervault.contracts.calendar.ICalendarDocuments;

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
}
