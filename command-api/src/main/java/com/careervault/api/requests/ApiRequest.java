package com.careervault.api.requests;

import com.careervault.api.problems.FieldProblem;
import java.util.List;

/**
 * A request body read by {@link RequestReader}: a record whose components carry
 * Bean Validation constraints. Rules that involve several fields go in
 * {@link #crossFieldProblems()}, so they are reported in the same 400 as the rest.
 */
public interface ApiRequest {

    /** Problems no single-field constraint can see; checked after the constraints, on the same body. */
    default List<FieldProblem> crossFieldProblems() {
        return List.of();
    }
}
