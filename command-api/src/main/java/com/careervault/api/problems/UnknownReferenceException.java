package com.careervault.api.problems;

import java.util.List;

/**
 * A well-formed body names records the caller does not have (another user's, never created, deleted): e.g. a
 * contact's {@code job_ids} or an interview's {@code contact_ids}. Answered 422 ({@code unknown-reference})
 * listing each field like a 400; a path id the caller does not have is a 404 instead.
 */
public class UnknownReferenceException extends RuntimeException {

    private final List<FieldProblem> problems;

    public UnknownReferenceException(List<FieldProblem> problems) {
        super(problems.size() + " unknown reference(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
