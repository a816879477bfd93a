package com.careervault.api.documents;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A document of the caller's library with its versions, newest first (snake_case on the wire).
 *
 * @param documentId UUID
 * @param name the document's name ("Resume")
 * @param kind {@code resume}, {@code cover_letter} or {@code other}
 * @param latestVersion the newest version's number
 * @param createdAt when its first version was uploaded
 * @param updatedAt when its newest version was uploaded
 * @param versions newest first
 */
@Schema(name = "Document", description = "A document of the caller's library and its versions, newest first.")
public record Document(
        @Schema(description = "The document's id.", format = "uuid",
                example = "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d", requiredMode = Schema.RequiredMode.REQUIRED)
        String documentId,
        @Schema(description = "The document's name, as given with its first version.", example = "Resume",
                maxLength = DocumentUploads.NAME_MAX, requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(description = "What the document is.", allowableValues = {"resume", "cover_letter", "other"},
                requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(description = "The newest version's number.", example = "2", minimum = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) int latestVersion,
        @Schema(description = "When its first version was uploaded (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-20T09:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String createdAt,
        @Schema(description = "When its newest version was uploaded (RFC 3339, UTC).", format = "date-time",
                example = "2026-12-01T10:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String updatedAt,
        @ArraySchema(arraySchema = @Schema(description = "Its versions, newest first.",
                requiredMode = Schema.RequiredMode.REQUIRED)) List<DocumentVersion> versions) {
}
