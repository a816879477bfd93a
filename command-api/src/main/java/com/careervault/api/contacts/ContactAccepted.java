package com.careervault.api.contacts;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to an accepted contact command: which contact, and the event now in the log for it. */
@Schema(description = "A contact command was accepted: its event is in the event log, and the change is readable "
        + "a moment later (or send `Prefer: wait=N`).")
public record ContactAccepted(
        @Schema(description = "The contact the command is about.", format = "uuid", example = ContactView.ID_EXAMPLE,
                requiredMode = Schema.RequiredMode.REQUIRED) String contactId,
        @Schema(description = "The id of the event the command published; `null` when nothing changed.",
                types = {"string", "null"}, format = "uuid", example = "5d1c2f3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f",
                requiredMode = Schema.RequiredMode.REQUIRED) String eventId) {
}
