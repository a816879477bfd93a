package com.careervault.api.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the caller's recently deleted jobs; {@code nextCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One page of the caller's recently deleted jobs, newest deletion first.")
public record DeletedJobPage(
        @ArraySchema(arraySchema = @Schema(description = "The deleted jobs on this page.",
                requiredMode = Schema.RequiredMode.REQUIRED)) List<DeletedJobView> jobs,
        @Schema(description = "How many jobs are on this page.", example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) int count,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.",
                example = "eyJqb2JfaWQiOiIwYjdlNmQ3YyJ9") String nextCursor) {
}
