package com.careervault.api.documents;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A document of the caller's library in the account export (snake_case on the wire): the document as
 * {@code GET /api/documents} lists it, each version with {@code file}, the path of its bytes in the export's ZIP
 * ({@code GET /api/me/export.zip}).
 *
 * @param documentId UUID
 * @param name the document's name
 * @param kind {@code resume}, {@code cover_letter} or {@code other}
 * @param createdAt when its first version was uploaded
 * @param updatedAt when its newest version was uploaded
 * @param versions newest first
 */
@Schema(name = "ExportedDocument", description = "A document of the caller's library, with every version and "
        + "where its bytes are in the export's ZIP.")
public record ExportedDocument(
        @Schema(description = "The document's id.", format = "uuid",
                example = "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d", requiredMode = Schema.RequiredMode.REQUIRED)
        String documentId,
        @Schema(description = "The document's name, as given with its first version.", example = "Resume",
                requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(description = "What the document is.", allowableValues = {"resume", "cover_letter", "other"},
                requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(description = "When its first version was uploaded (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-20T09:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String createdAt,
        @Schema(description = "When its newest version was uploaded (RFC 3339, UTC).", format = "date-time",
                example = "2026-12-01T10:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String updatedAt,
        @ArraySchema(arraySchema = @Schema(description = "Its versions, newest first.",
                requiredMode = Schema.RequiredMode.REQUIRED)) List<Version> versions) {

    /** The folder of the export's ZIP that holds the documents' files. */
    public static final String FOLDER = "documents/";
    /** How many characters of the document id make its folder's name unique. */
    static final int ID_CHARS = 8;

    /**
     * A version as {@code GET /api/documents} shows it, and the path of its bytes in the export's ZIP.
     *
     * @param version the version as the library holds it
     * @param file {@code documents/<document name>-<first 8 characters of its id>/v<n>-<file name>}
     */
    @Schema(name = "ExportedDocumentVersion", description = "A version of a document and where its bytes are "
            + "in the export's ZIP.")
    public record Version(
            @JsonUnwrapped DocumentVersion version,
            @Schema(description = "The path of the version's bytes in the ZIP of `GET /api/me/export.zip`: "
                    + "`documents/<document name>-<first 8 characters of its id>/v<n>-<file name>`, names "
                    + "sanitized (no `/`, `\\`, control characters or leading dots; `: * ? \" < > |` as `_`). "
                    + "The JSON-only export names it too, though it has no files.",
                    example = "documents/Resume-5b1d0c2e/v2-Resume 2026.pdf",
                    requiredMode = Schema.RequiredMode.REQUIRED) String file) {
    }

    /**
     * The library's documents with their files' paths, in the library's order (the most recently updated
     * first). Paths are unique, also on file systems that ignore letter case: a document whose folder name is
     * taken already (two documents of the same name whose ids start alike) gets its whole id instead of the
     * first 8 characters, then a counter.
     */
    public static List<ExportedDocument> of(List<Document> library) {
        Set<String> folders = new HashSet<>();
        List<ExportedDocument> exported = new ArrayList<>(library.size());
        for (Document document : library) {
            String name = FileNames.pathSegment(document.name(), "document");
            String id = document.documentId();
            String folder = name + "-" + id.substring(0, Math.min(ID_CHARS, id.length()));
            for (int n = 2; !folders.add(folder.toLowerCase(Locale.ROOT)); n++) {
                folder = name + "-" + id + (n == 2 ? "" : "-" + n);
            }
            String path = FOLDER + folder + "/";
            List<Version> versions = document.versions().stream()
                    .map(version -> new Version(version, path + "v" + version.version() + "-"
                            + FileNames.pathSegment(version.fileName(), "document")))
                    .toList();
            exported.add(new ExportedDocument(id, document.name(), document.kind(), document.createdAt(),
                    document.updatedAt(), versions));
        }
        return List.copyOf(exported);
    }
}
