package com.careervault.contracts.interviews;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a held interview went; written in snake_case ({@code no_show}), read in any letter case. */
public enum InterviewOutcome {
    PASSED, REJECTED, NO_SHOW, UNKNOWN;

    /** The allowed spellings, for error messages. */
    public static final String ALLOWED = Arrays.stream(values()).map(InterviewOutcome::spelling)
            .collect(Collectors.joining(", "));

    /**
     * @throws IllegalArgumentException for a value that is none of {@link #ALLOWED}
     */
    @JsonCreator
    public static InterviewOutcome parse(String value) {
        return Arrays.stream(values())
                .filter(outcome -> value != null
                        && outcome.spelling().equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown interview outcome '" + value + "'; allowed: " + ALLOWED));
    }

    @JsonValue
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the interview took place with the contacts (so it counts as contact with them). */
    public boolean held() {
        return this != NO_SHOW;
    }
}
