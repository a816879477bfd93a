package com.careervault.api.jobs;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.contracts.jobs.JobStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** The body of {@code POST /api/jobs/bulk}: one action on up to 100 of the caller's jobs. */
public record BulkJobRequest(
        @NotNull(message = "is required") @Pattern(regexp = "update_status|delete",
                message = "must be update_status or delete") String action,
        JobStatus status,
        @NotNull(message = "is required: an array of 1 to " + BulkJobRequest.MAX_JOBS + " job ids")
        @Size(min = 1, max = BulkJobRequest.MAX_JOBS, message = "must have 1 to {max} items")
        List<@NotNull(message = "is not a job id (a UUID)") @Pattern(regexp = JobFields.JOB_ID,
                message = "is not a job id (a UUID)") String> jobIds)
        implements ApiRequest {

    static final int MAX_JOBS = 100;

    @Override
    public List<FieldProblem> crossFieldProblems() {
        return "update_status".equals(action) && status == null
                ? List.of(new FieldProblem("status", "is required for update_status"))
                : List.of();
    }

    boolean delete() {
        return "delete".equals(action);
    }

    /** The ids in lower case, each once, in the order given. */
    List<String> distinctJobIds() {
        return List.copyOf(new LinkedHashSet<>(jobIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList()));
    }
}
