package com.careervault.api.jobs;

import com.careervault.api.documents.Document;
import com.careervault.api.documents.DocumentVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One library version pinned to a job (snake_case on the wire): what the job item holds (ids, version, hash,
 * size, type, kind, when pinned), and in {@code GET /api/jobs/{jobId}} the library's names for it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PinnedDocument", description = "A version of a library document pinned to the job: the exact file "
        + "sent (or to send) with the application. Its bytes: `GET /api/documents/{document_id}/versions/{version}"
        + "/content`.")
public record PinnedDocumentView(
        @Schema(description = "The library document.", format = "uuid", example = "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d",
                requiredMode = Schema.RequiredMode.REQUIRED) String documentId,
        @Schema(description = "The version's number in the document.", example = "3", minimum = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) int version,
        @Schema(description = "SHA-256 of the version's bytes, lowercase hex: what identifies the file sent.",
                pattern = "^[0-9a-f]{64}$", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                requiredMode = Schema.RequiredMode.REQUIRED) String sha256,
        @Schema(description = "The file's size in bytes.", example = "48213", minimum = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) long size,
        @Schema(description = "The type found in the file's bytes.", allowableValues = {"application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain",
                "text/markdown"}, requiredMode = Schema.RequiredMode.REQUIRED) String mediaType,
        @Schema(description = "What the document is.", allowableValues = {"resume", "cover_letter", "other"},
                requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(description = "When this version was pinned to the job (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-12T09:30:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String pinnedAt,
        @Schema(description = NAMED + "the document's name in the library.",
                example = "Resume") String name,
        @Schema(description = NAMED + "the version's file name.",
                example = "Resume 2026.pdf") String fileName,
        @Schema(description = NAMED + "when the version was uploaded (RFC 3339, UTC).",
                format = "date-time", example = "2026-11-12T09:00:00.000000Z") String uploadedAt) {

    /** Where the library's names are joined in. */
    static final String NAMED = "Only in `GET /api/jobs/{jobId}` and in the job a change answers under `Prefer: "
            + "wait`: ";

    /** What the job item holds, without the library's names. */
    public PinnedDocumentView(String documentId, int version, String sha256, long size, String mediaType, String kind,
            String pinnedAt) {
        this(documentId, version, sha256, size, mediaType, kind, pinnedAt, null, null, null);
    }

    /** The same with the names the library has for it (unchanged when the library does not have the version). */
    PinnedDocumentView named(Document document) {
        DocumentVersion pinned = document.versions().stream().filter(v -> v.version() == version).findFirst()
                .orElse(null);
        return pinned == null ? this : new PinnedDocumentView(documentId, version, sha256, size, mediaType, kind,
                pinnedAt, document.name(), pinned.fileName(), pinned.createdAt());
    }
}
