package com.careervault.api.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer to an accepted job command: which job, and the events now in the log for it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A job command was accepted: its events are in the event log, and the job is readable a "
        + "moment later (or send `Prefer: wait=N`).")
public record JobAccepted(
        @Schema(description = "The job the command is about.", format = "uuid",
                example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", requiredMode = Schema.RequiredMode.REQUIRED)
        String jobId,
        @Schema(description = "The id of the `job.created` event (create only).", format = "uuid",
                example = "5d1c2f3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f") String eventId,
        @ArraySchema(arraySchema = @Schema(description = "The ids of the events the command published (update and "
                + "delete); empty when nothing changed."), schema = @Schema(format = "uuid",
                example = "5d1c2f3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f")) List<String> eventIds) {

    static JobAccepted created(String jobId, String eventId) {
        return new JobAccepted(jobId, eventId, null);
    }

    static JobAccepted changed(String jobId, List<String> eventIds) {
        return new JobAccepted(jobId, null, List.copyOf(eventIds));
    }
}
