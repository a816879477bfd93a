package com.careervault.contracts.events;

import java.util.List;

/**
 * The set of library document versions pinned to a job, as a whole: it replaces the set the job had (empty:
 * none). Whole rather than one document at a time so that a projector can apply it without reading the item,
 * and a redelivery or replay writes the same set again. Only ids, version numbers, hashes, sizes and types:
 * never a name or a byte of the files (those stay in {@code CareerVault-Documents} and S3), so the event carries
 * no personal data and is never encrypted.
 *
 * @param documents the pinned versions, at most one per document and {@link #MAX} in all, in the order the user
 *        gave them
 */
public record JobDocumentsPinned(String jobId, List<PinnedDocument> documents) implements JobEvent {

    /** The most versions one job can have pinned. */
    public static final int MAX = 10;

    public JobDocumentsPinned {
        Require.text(jobId, "job_id");
        Require.present(documents, "documents");
        documents = List.copyOf(documents);
        if (documents.size() > MAX) {
            throw new IllegalArgumentException("documents has at most " + MAX + " entries");
        }
        if (documents.stream().map(PinnedDocument::documentId).distinct().count() != documents.size()) {
            throw new IllegalArgumentException("documents has at most one version of each document");
        }
    }
}
