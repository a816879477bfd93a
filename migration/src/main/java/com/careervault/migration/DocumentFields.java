package com.careervault.migration;

import com.careervault.contracts.text.TextRules;
import com.careervault.contracts.text.UnicodeText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Reads one old document's fields by the API's rules for text (well-formed Unicode, NFC, no control characters,
 * trimmed, blank = absent, lengths in code points), collecting every problem instead of stopping at the first,
 * so that a rejected document's reason names all that is wrong with it.
 */
final class DocumentFields {

    private static final Pattern NO_CONTROL_CHARACTERS = Pattern.compile(TextRules.NO_CONTROL_CHARACTERS);

    private final Document document;
    private final List<String> problems = new ArrayList<>();

    DocumentFields(Document document) {
        this.document = document;
    }

    /** The {@code _id} as 24 hex digits; null (with a problem) when it is absent or not an ObjectId. */
    String id() {
        return objectId("_id", true);
    }

    /** An ObjectId field (or a string of 24 hex digits, as some old code stored references) as hex. */
    String objectId(String field, boolean required) {
        Object value = document.get(field);
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        if (value instanceof String text && ObjectId.isValid(text.strip())) {
            return text.strip().toLowerCase(java.util.Locale.ROOT);
        }
        if (value == null) {
            if (required) {
                problems.add("missing required field '" + field + "'");
            }
            return null;
        }
        problems.add("'" + field + "' is " + describe(value) + ", not an ObjectId");
        return null;
    }

    /**
     * A text field, in NFC and trimmed; null when absent or blank (a problem when required).
     *
     * @param max the API's limit in code points
     */
    String text(String field, int max, boolean required) {
        Object value = document.get(field);
        if (value != null && !(value instanceof String)) {
            problems.add("'" + field + "' is " + describe(value) + ", not a string");
            return null;
        }
        String text = (String) value;
        if (text != null && !UnicodeText.isWellFormed(text)) {
            problems.add("'" + field + "' is " + UnicodeText.NOT_WELL_FORMED);
            return null;
        }
        text = text == null ? null : UnicodeText.nfc(text).strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                problems.add("missing required field '" + field + "'");
            }
            return null;
        }
        if (!NO_CONTROL_CHARACTERS.matcher(text).matches()) {
            problems.add("'" + field + "' " + TextRules.NO_CONTROL_CHARACTERS_MESSAGE);
            return null;
        }
        int length = UnicodeText.length(text);
        if (length > max) {
            problems.add("'" + field + "' has " + length + " characters, more than the " + max + " allowed");
            return null;
        }
        return text;
    }

    /** A BSON date; null (with a problem) when absent, or of another type: a string where a date belongs. */
    Instant date(String field, boolean required) {
        Object value = document.get(field);
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value == null) {
            if (required) {
                problems.add("missing required field '" + field + "'");
            }
            return null;
        }
        problems.add("'" + field + "' is " + describe(value) + ", not a date");
        return null;
    }

    /** Adds a problem found by the caller. */
    void problem(String problem) {
        problems.add(problem);
    }

    List<String> problems() {
        return problems;
    }

    /** The fields of the document that are neither mapped ({@code known}) nor deliberately dropped. */
    List<String> unmapped(Set<String> known) {
        return document.keySet().stream().filter(key -> !known.contains(key)).sorted().toList();
    }

    /** What a value is, for a reason: "a string (\"2024-01-15\")", "a number (3)", "null". */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            return "a string (\"" + shown.replace("\"", "\\\"") + "\")";
        }
        if (value instanceof Number number) {
            return "a number (" + number + ")";
        }
        if (value instanceof Boolean bool) {
            return "a boolean (" + bool + ")";
        }
        if (value instanceof Date) {
            return "a date";
        }
        if (value instanceof ObjectId) {
            return "an ObjectId";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
