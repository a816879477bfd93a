package com.careervault.api.documents;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The caller's library ({@code GET /api/documents}): every document, the most recently updated first.
 *
 * @param documents newest first
 * @param usedBytes what the caller's versions take together, counted against {@code maxBytes}
 * @param maxBytes the caller's quota
 */
@Schema(name = "DocumentLibrary", description = "The caller's documents, the most recently updated first.")
public record DocumentLibrary(
        @ArraySchema(arraySchema = @Schema(description = "The documents, the most recently updated first.",
                requiredMode = Schema.RequiredMode.REQUIRED)) List<Document> documents,
        @Schema(description = "Bytes the caller's versions take together (each version counts, also when "
                + "two have the same bytes).", example = "96426", minimum = "0",
                requiredMode = Schema.RequiredMode.REQUIRED) long usedBytes,
        @Schema(description = "The caller's quota in bytes.", example = "209715200",
                requiredMode = Schema.RequiredMode.REQUIRED) long maxBytes) {
}
