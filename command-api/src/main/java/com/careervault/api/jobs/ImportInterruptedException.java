package com.careervault.api.jobs;

import com.careervault.api.problems.Problems;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The event log (or the read model) became unavailable during a CSV import: 503 with {@code Retry-After},
 * problem type {@code https://careervault.dev/problems/import-interrupted} with {@code rows_recorded}. Each batch
 * of events is one Kafka transaction, so a batch is in the log whole or not at all; the batches before the
 * failure are. Every row is idempotent, so the client sends the same file again after {@code Retry-After}:
 * recorded rows come back {@code unchanged}, the others are imported.
 */
class ImportInterruptedException extends ErrorResponseException {

    ImportInterruptedException(int rowsRecorded, Duration retryAfter, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(rowsRecorded), cause);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }

    private static ProblemDetail problem(int rowsRecorded) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "import-interrupted",
                "The import stopped because the event log is unavailable; " + rowsRecorded + " row(s) were recorded "
                        + "before that. Send the same file again after Retry-After: rows already recorded come back "
                        + "unchanged, nothing is created twice");
        problem.setProperty("rows_recorded", rowsRecorded);
        return problem;
    }
}
