package com.careervault.contracts.events;

import java.time.ZoneId;

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

    /** An IANA region id that {@link ZoneId#of} knows ({@code Europe/Berlin}), not a fixed offset. */
    static String zone(String value, String field) {
        text(value, field);
        if (!ZoneId.getAvailableZoneIds().contains(value)) {
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
