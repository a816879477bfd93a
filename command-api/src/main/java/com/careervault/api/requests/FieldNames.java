package com.careervault.api.requests;

import jakarta.validation.Path;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.PropertyNamingStrategies;

/** Field names as clients see them in problem bodies: {@code salary_range}, {@code tags[2]}, {@code body}. */
final class FieldNames {

    static final String BODY = "body";


    private FieldNames() {
    }

    /** From the path of a binding failure. */
    static String of(DatabindException failure) {
        StringBuilder pointer = new StringBuilder();
        for (DatabindException.Reference step : failure.getPath()) {
            pointer.append('/').append(step.getPropertyName() != null ? step.getPropertyName()
                    : Integer.toString(step.getIndex()));
        }
        return of(JsonPointer.compile(pointer.toString()));
    }

    /** From an RFC 6901 pointer into the body ({@code /tags/2} becomes {@code tags[2]}). */
    static String of(JsonPointer pointer) {
        StringBuilder name = new StringBuilder();
        for (JsonPointer step = pointer; step != null && !step.matches(); step = step.tail()) {
            if (step.mayMatchElement()) {
                name.append('[').append(step.getMatchingIndex()).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step.getMatchingProperty());
            }
        }
        return name.isEmpty() ? BODY : name.toString();
    }

    /** From a Bean Validation path over record components ({@code tags[2].<list element>} becomes {@code tags[2]}). */
    static String of(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            String property = node.getName();
            if (property != null && !property.startsWith("<")) {
                name.append(name.isEmpty() ? "" : ".").append(PropertyNamingStrategies.SNAKE_CASE.nameForField(null, null, property));
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? BODY : name.toString();
    }
}
