package com.careervault.api.jobs;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.contracts.jobs.JobStatus;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** The body of {@code POST /api/jobs/bulk}: one action on up to 100 of the caller's jobs. */
@Schema(description = "One action on up to 100 of the caller's jobs.")
public record BulkJobRequest(
        @Schema(description = "What to do with every job.", allowableValues = {"update_status", "delete",
                "restore"},
                example = "update_status", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "is required") @Pattern(regexp = "update_status|delete|restore",
                message = "must be update_status, delete or restore") String action,
        @Schema(description = "The status to move the jobs to; required for `update_status`.",
                implementation = JobStatus.class, example = "Offer")
        JobStatus status,
        @ArraySchema(arraySchema = @Schema(description = "The jobs (ids); a repeated id counts once.",
                requiredMode = Schema.RequiredMode.REQUIRED), minItems = 1, maxItems = BulkJobRequest.MAX_JOBS,
                schema = @Schema(format = "uuid", example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23"))
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

    /** Bring deleted jobs back (the undo of a bulk delete). */
    boolean restore() {
        return "restore".equals(action);
    }

    /** The ids in lower case, each once, in the order given. */
    List<String> distinctJobIds() {
        return List.copyOf(new LinkedHashSet<>(jobIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList()));
    }
}
