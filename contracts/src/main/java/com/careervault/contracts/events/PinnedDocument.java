package com.careervault.contracts.events;

import java.time.Instant;

/**
 * One version of a library document pinned to a job: the file that went, or goes, to the employer. It names the
 * version by its number and by the SHA-256 of its bytes (the object's key under the user's prefix, so the exact
 * file stays downloadable whatever happens to the library later); no name, no content.
 *
 * @param documentId the library document (UUID)
 * @param version the version's number in the document, at least 1
 * @param sha256 SHA-256 of the version's bytes, 64 lowercase hex digits
 * @param size the number of bytes, at least 1
 * @param mediaType the type checked from the bytes when it was uploaded
 * @param kind the document's kind: {@code resume}, {@code cover_letter} or {@code other}
 * @param pinnedAt when this version was first pinned to the job (a re-pin of the same version keeps it)
 */
public record PinnedDocument(String documentId, int version, String sha256, long size, String mediaType,
        String kind, Instant pinnedAt) {

    public PinnedDocument {
        Require.text(documentId, "document_id");
        Require.text(mediaType, "media_type");
        Require.text(kind, "kind");
        Require.present(pinnedAt, "pinned_at");
        Require.fileVersion(version, size, sha256);
    }
}
