package com.careervault.contracts.events;


/**
 * The user added a version to a document of their library (a new document's first version included). Only
 * ids, a hash, a size and types: the bytes live in S3 under {@code <prefix>/<userId>/<sha256>}, and the
 * document's name and the file's name (user content, deletable) only in {@code CareerVault-Documents}, written
 * by the command API. Carries no personal data, so it is never encrypted.
 *
 * @param documentId the document (UUID)
 * @param version the version's number, 1 for a document's first
 * @param sha256 SHA-256 of the bytes, 64 lowercase hex digits: the object's key under the user's prefix
 * @param size the number of bytes, at least 1
 * @param mediaType the type checked from the bytes: {@code application/pdf}, the DOCX type,
 *        {@code text/plain} or {@code text/markdown}
 * @param kind the document's kind: {@code resume}, {@code cover_letter} or {@code other}
 */
public record DocumentVersionAdded(String userId, String documentId, int version, String sha256, long size,
        String mediaType, String kind) implements UserEvent {

    public DocumentVersionAdded {
        Require.text(userId, "user_id");
        Require.text(documentId, "document_id");
        Require.text(mediaType, "media_type");
        Require.text(kind, "kind");
        Require.fileVersion(version, size, sha256);
    }
}
