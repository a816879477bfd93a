package com.careervault.contracts.interviews;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What sort of interview it is; written in snake_case ({@code phone_screen}), read in any letter case. */
public enum InterviewKind {
    PHONE_SCREEN("Phone screen"), TECHNICAL("Technical interview"), ON_SITE("On-site interview"),
    PANEL("Panel interview"), FINAL("Final interview"), OTHER("Interview");

    /** The allowed spellings, for error messages. */
    public static final String ALLOWED = Arrays.stream(values()).map(InterviewKind::spelling)
            .collect(Collectors.joining(", "));

    private final String label;

    InterviewKind(String label) {
        this.label = label;
    }

    /**
     * @throws IllegalArgumentException for a value that is none of {@link #ALLOWED}
     */
    @JsonCreator
    public static InterviewKind parse(String value) {
        return Arrays.stream(values())
                .filter(kind -> value != null && kind.spelling().equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown interview kind '" + value + "'; allowed: " + ALLOWED));
    }

    @JsonValue
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The English name people read in emails and calendars ("Phone screen"). */
    public String label() {
        return label;
    }
}
