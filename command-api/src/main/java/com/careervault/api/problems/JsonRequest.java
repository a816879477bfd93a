package com.careervault.api.problems;

import com.careervault.contracts.time.Timestamps;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request body, collecting a message for every bad
 * field instead of stopping at the first, so one 400 answer lists them all.
 * Unknown fields are ignored. Strings are trimmed; blank counts as absent.
 */
public final class JsonRequest {

    private final JsonNode body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonRequest(JsonNode body) {
        this.body = body;
    }

    public static JsonRequest of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object");
        }
        return new JsonRequest(body);
    }

    /** True when the field is present (even as null): for partial updates. */
    public boolean has(String field) {
        return body.has(field);
    }

    /** True when the field is present and explicitly null: a request to clear it. */
    public boolean isNull(String field) {
        return body.has(field) && body.get(field).isNull();
    }

    /** A required string taken exactly as sent (not trimmed): for passwords and tokens. */
    public String requiredSecret(String field, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isString() && node.asString().isEmpty())) {
            problem(field, "is required");
            return null;
        }
        if (!node.isString()) {
            problem(field, "must be a string");
            return null;
        }
        if (node.asString().length() > maxLength) {
            problem(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return node.asString();
    }

    public String requiredText(String field, int maxLength) {
        String value = text(field, maxLength);
        if (value == null && !hasProblem(field)) {
            problem(field, "is required");
        }
        return value;
    }

    public String text(String field, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problem(field, "must be a string");
            return null;
        }
        String value = node.asString().trim();
        if (value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            problem(field, "must be at most " + maxLength + " characters");
            return null;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problem(field, "must not contain control characters");
            return null;
        }
        return value;
    }

    /** A text field converted by {@code parse}; an IllegalArgumentException becomes this field's message. */
    public <T> T parsed(String field, int maxLength, Function<String, T> parse) {
        String value = text(field, maxLength);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
            return null;
        }
    }

    public LocalDate date(String field) {
        String value = text(field, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(field, "must be an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    /** An RFC 3339 date-time with an offset ({@code 2026-12-01T15:00:00Z} or {@code +02:00}), years 0000-9999. */
    public Instant instant(String field) {
        String value = text(field, 40);
        if (value == null) {
            return null;
        }
        try {
            return Timestamps.parse(value);
        } catch (DateTimeParseException e) {
            problem(field, "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T15:00:00Z");
            return null;
        }
    }

    public String url(String field, int maxLength) {
        String value = text(field, maxLength);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                problem(field, "must be an absolute http(s) URL");
                return null;
            }
            return value;
        } catch (URISyntaxException e) {
            problem(field, "must be an absolute http(s) URL");
            return null;
        }
    }

    public Boolean bool(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problem(field, "must be true or false");
            return null;
        }
        return node.asBoolean();
    }

    public Integer integer(String field, int min, int max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            problem(field, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return node.asInt();
    }

    /** A list of distinct non-blank strings. */
    public List<String> texts(String field, int maxItems, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problem(field, "must be an array of strings");
            return null;
        }
        if (node.size() > maxItems) {
            problem(field, "must have at most " + maxItems + " items");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isString() || item.asString().isBlank()) {
                problem(field + "[" + i + "]", "must be a non-blank string");
                return null;
            }
            String value = item.asString().trim();
            if (value.length() > maxLength) {
                problem(field + "[" + i + "]", "must be at most " + maxLength + " characters");
                return null;
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    public JsonNode node(String field) {
        return body.get(field);
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** Throws the collected problems, if any, as one 400. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
