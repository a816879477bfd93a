package com.careervault.api.jobs;

import com.careervault.api.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A CSV import with more data rows than one request may carry: 413 Content Too Large (RFC 9110 §15.5.14),
 * problem type {@code https://careervault.dev/problems/too-many-rows} with {@code max_rows}. Nothing of the
 * file is imported; the client splits it and sends the parts.
 */
class ImportTooLargeException extends ErrorResponseException {

    ImportTooLargeException(int maxRows) {
        super(HttpStatus.CONTENT_TOO_LARGE, problem(maxRows), null);
    }

    private static ProblemDetail problem(int maxRows) {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-many-rows",
                "The file has more than " + maxRows + " data rows; nothing was imported. Split it into files of at "
                        + "most " + maxRows + " rows (each with the header) and import them one by one");
        problem.setProperty("max_rows", maxRows);
        return problem;
    }
}
