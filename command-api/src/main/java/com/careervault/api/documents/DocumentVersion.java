package com.careervault.api.documents;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One version of a document (snake_case on the wire).
 *
 * @param version 1 for the document's first, then 2, 3...
 * @param sha256 SHA-256 of the bytes, lowercase hex
 * @param size bytes
 * @param mediaType the type checked from the bytes
 * @param fileName the uploaded file's name, sanitized
 * @param createdAt RFC 3339, UTC, six fraction digits
 */
@Schema(name = "DocumentVersion", description = "One version of a document: the bytes as uploaded, unchanged.")
public record DocumentVersion(
        @Schema(description = "The version's number: 1 for the document's first.", example = "2", minimum = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) int version,
        @Schema(description = "SHA-256 of the bytes, lowercase hex.", pattern = "^[0-9a-f]{64}$",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                requiredMode = Schema.RequiredMode.REQUIRED) String sha256,
        @Schema(description = "The file's size in bytes.", example = "48213", minimum = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) long size,
        @Schema(description = "The type found in the file's bytes (not its name or the client's header).",
                allowableValues = {"application/pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain",
                        "text/markdown"}, requiredMode = Schema.RequiredMode.REQUIRED) String mediaType,
        @Schema(description = "The uploaded file's name, sanitized: no path, no control characters, ending with "
                + "the extension of its type.", example = "Resume 2026.pdf",
                requiredMode = Schema.RequiredMode.REQUIRED) String fileName,
        @Schema(description = "When it was uploaded (RFC 3339, UTC).", format = "date-time",
                example = "2026-12-01T10:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String createdAt) {
}
