package com.careervault.api.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The API's reading of text fields: surrounding white space is not part of a value, and blank means absent. */
public final class Trimmed {

    private Trimmed() {
    }

    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** For merge-patch fields: null stays absent, an empty Optional stays "clear it", blank text is absent. */
    public static Optional<String> text(Optional<String> value) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return value;
        }
        String trimmed = text(value.get());
        return trimmed == null ? null : Optional.of(trimmed);
    }

    /** Each item trimmed, repeats dropped (first one kept); null items stay for validation to report. */
    public static List<String> distinct(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (String value : values) {
            String trimmed = value == null ? null : value.strip();
            if (trimmed == null || !result.contains(trimmed)) {
                result.add(trimmed);
            }
        }
        return result;
    }
}
