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
                example = "5d1c2f3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f")) List<String> eventIds,
        @ArraySchema(arraySchema = @Schema(description = "Create only: the caller's live jobs this one may repeat "
                + "(same posting URL, or same company and position), newest first, at most 10; empty when none. "
                + "A warning: the job is recorded all the same. Read from the read model as it stands, so a job "
                + "recorded a moment before may be missing.")) List<PossibleDuplicate> possibleDuplicates) {

    static JobAccepted created(String jobId, String eventId) {
        return new JobAccepted(jobId, eventId, null, null);
    }

    static JobAccepted changed(String jobId, List<String> eventIds) {
        return new JobAccepted(jobId, null, List.copyOf(eventIds), null);
    }

    /** This answer with the create's duplicate warning. */
    JobAccepted withPossibleDuplicates(List<PossibleDuplicate> duplicates) {
        return new JobAccepted(jobId, eventId, eventIds, List.copyOf(duplicates));
    }
}
