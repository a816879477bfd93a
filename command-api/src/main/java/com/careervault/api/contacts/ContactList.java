package com.careervault.api.contacts;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer of {@code GET /api/contacts}. */
@Schema(name = "ContactList", description = "The caller's contacts that match, by name.")
public record ContactList(
        @ArraySchema(arraySchema = @Schema(description = "The contacts, by name (case-insensitive), then id.",
                requiredMode = Schema.RequiredMode.REQUIRED)) List<ContactView> items) {
}
