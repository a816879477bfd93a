package com.careervault.api.problems;

/** One bad field of a request: its JSON name (or path) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
