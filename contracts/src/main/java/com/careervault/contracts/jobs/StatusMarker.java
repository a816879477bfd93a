package com.careervault.contracts.jobs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who set a job's status: the user (through the API, an import, a migration) or the system (the notifier marking
 * an idle application Ghosted, and moving it back on new activity). Written in lower case.
 */
public enum StatusMarker {
    USER, SYSTEM;

    @JsonCreator
    public static StatusMarker parse(String value) {
        if (value != null) {
            for (StatusMarker marker : values()) {
                if (marker.spelling().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return marker;
                }
            }
        }
        throw new IllegalArgumentException("unknown status marker '" + value + "'; allowed: user, system");
    }

    @JsonValue
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}
