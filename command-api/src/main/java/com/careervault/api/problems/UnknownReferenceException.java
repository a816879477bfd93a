package com.careervault.api.problems;

import java.util.List;

/**
 * A well-formed body names something the caller does not have (another user's contact, a deleted one, one that
 * never existed): answered 422 with the same field-level {@code errors} as a 400 {@link InvalidRequestException}.
 */
public class UnknownReferenceException extends InvalidRequestException {

    public UnknownReferenceException(List<FieldProblem> problems) {
        super(problems);
    }
}
