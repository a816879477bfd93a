package com.careervault.contracts.jobs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where an application stands. Accepted in any letter case, always written in
 * this spelling, so that "applied", "APPLIED" and "Applied" are one status.
 */
public enum JobStatus {
    Wishlist, Applied, Screening, Interviewing, Offer, Accepted, Rejected, Withdrawn, Ghosted;

    private static final Map<String, JobStatus> BY_LOWER_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(s -> s.name().toLowerCase(Locale.ROOT), Function.identity()));

    /** The allowed spellings, for error messages. */
    public static final String ALLOWED = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    @JsonCreator
    public static JobStatus parse(String value) {
        JobStatus status = value == null ? null : BY_LOWER_NAME.get(value.trim().toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new IllegalArgumentException("unknown job status '" + value + "'; allowed: " + ALLOWED);
        }
        return status;
    }

    /** True for statuses that end an application: nothing more to follow up. */
    public boolean isClosed() {
        return this == Accepted || this == Rejected || this == Withdrawn || this == Ghosted;
    }

    @JsonValue
    public String spelling() {
        return name();
    }
}
