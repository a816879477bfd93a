package com.careervault.api.interviews;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer to an accepted interview command: which interview, and the events now in the log for it. */
@Schema(description = "An interview command was accepted: its events are in the event log, and the interview is "
        + "readable a moment later (or send `Prefer: wait=N`).")
public record InterviewAccepted(
        @Schema(description = "The job.", format = "uuid", example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23",
                requiredMode = Schema.RequiredMode.REQUIRED) String jobId,
        @Schema(description = "The interview.", format = "uuid", example = "3b2f6a0e-1c4d-4e8f-9a7b-5c6d7e8f9a0b",
                requiredMode = Schema.RequiredMode.REQUIRED) String interviewId,
        @ArraySchema(arraySchema = @Schema(description = "The ids of the events published; empty when nothing "
                + "changed.", requiredMode = Schema.RequiredMode.REQUIRED), schema = @Schema(format = "uuid"))
        List<String> eventIds) {
}
