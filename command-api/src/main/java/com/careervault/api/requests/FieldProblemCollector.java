package com.careervault.api.requests;

import com.careervault.api.problems.FieldProblem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Lets Jackson go on after a value of the wrong type or form: the problem is
 * noted against its field, the value becomes null, and the rest of the body
 * is still read, so that one 400 lists every bad field. The notes live in the
 * call's context attributes (see {@link RequestReader}), never in this
 * shared handler.
 */
final class FieldProblemCollector extends DeserializationProblemHandler {

    static final Object PROBLEMS = FieldProblemCollector.class;

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
            JsonParser parser, String failure) {
        note(context, expectation(target));
        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
            parser.skipChildren();
        }
        return null;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
            String failure) {
        note(context, target == String.class ? "must be well-formed Unicode text" : expectation(target));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value,
            String failure) {
        note(context, expectation(target));
        return null;
    }

    @Override
    public Object handleInstantiationProblem(DeserializationContext context, Class<?> type, Object argument,
            Throwable failure) {
        // a type's own factory refused the value (e.g. JobStatus.parse): its message is meant for people
        note(context, failure instanceof IllegalArgumentException && failure.getMessage() != null
                ? failure.getMessage() : expectation(type));
        return null;
    }

    /** What a value of this type must look like, as said to the client. */
    static String expectation(JavaType type) {
        if (type.isCollectionLikeType()) {
            JavaType item = type.getContentType();
            return item != null && item.hasRawClass(String.class) ? "must be an array of strings" : "must be an array";
        }
        return expectation(type.getRawClass());
    }

    static String expectation(Class<?> type) {
        if (type == String.class) {
            return "must be a string";
        }
        if (type == LocalDate.class) {
            return "must be an ISO date (YYYY-MM-DD)";
        }
        if (type == OffsetDateTime.class) {
            return "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T15:00:00Z";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be a JSON object";
    }

    @SuppressWarnings("unchecked")
    private static void note(DeserializationContext context, String message) {
        Object problems = context.getAttribute(PROBLEMS);
        if (problems instanceof List<?> list) {
            ((List<FieldProblem>) list).add(new FieldProblem(
                    FieldNames.of(context.getParser().streamReadContext().pathAsPointer()), message));
        }
    }

    static List<FieldProblem> newBucket() {
        return new ArrayList<>();
    }
}
