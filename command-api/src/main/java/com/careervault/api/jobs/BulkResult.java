package com.careervault.api.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The outcome of a bulk command, one entry per requested job id, in request order. */
@Schema(description = "The outcome of a bulk command: one entry per job id, in request order.")
public record BulkResult(
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<Entry> results) {

    /** {@code result} is {@code accepted}, {@code unchanged} or {@code not_found}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BulkResultEntry", description = "What became of one job of a bulk command.")
    public record Entry(
            @Schema(description = "The job id as requested.", format = "uuid",
                    example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", requiredMode = Schema.RequiredMode.REQUIRED)
            String jobId,
            @Schema(description = "`accepted`: its event is in the log; `unchanged`: it already had that status "
                    + "(`restore`: it is not deleted); `not_found`: the caller has no such job (`restore`: no "
                    + "deleted job it can still restore).", allowableValues = {"accepted", "unchanged",
                    "not_found"}, example = "accepted", requiredMode = Schema.RequiredMode.REQUIRED) String result,
            @Schema(description = "The event published for it (when `accepted`).", format = "uuid",
                    example = "5d1c2f3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f") String eventId) {
    }
}
