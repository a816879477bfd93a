package com.careervault.api.quotas;

import com.careervault.api.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The account already holds its maximum number of jobs: 409 Conflict, problem type
 * {@code https://careervault.dev/problems/job-limit-reached} with {@code max_jobs}. A conflict with the
 * account's current state (RFC 9110 §15.5.10) that the client resolves by deleting jobs; not 403, which
 * clients read as "not allowed" (an authorization failure), nor 429, since waiting does not help.
 */
public class JobLimitReachedException extends ErrorResponseException {

    public JobLimitReachedException(int maxJobs) {
        super(HttpStatus.CONFLICT, problem(maxJobs), null);
    }

    private static ProblemDetail problem(int maxJobs) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "job-limit-reached",
                "This account already has the maximum of " + maxJobs + " jobs; delete jobs before creating more");
        problem.setProperty("max_jobs", maxJobs);
        return problem;
    }
}
