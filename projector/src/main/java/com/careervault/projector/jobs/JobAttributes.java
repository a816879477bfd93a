package com.careervault.projector.jobs;

import com.careervault.contracts.dynamodb.ReadModel.FrozenPostings;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.PinnedDocuments;
import com.careervault.contracts.events.FrozenPosting;
import com.careervault.contracts.events.PinnedDocument;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.time.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How job fields are written as DynamoDB attribute values; null in, null out (an absent attribute). */
final class JobAttributes {

    private JobAttributes() {
    }

    static Map<String, AttributeValue> key(String userId, String jobId) {
        return Map.of(Jobs.USER_ID, AttributeValue.fromS(userId), Jobs.JOB_ID, AttributeValue.fromS(jobId));
    }

    static AttributeValue text(String value) {
        return value == null ? null : AttributeValue.fromS(value);
    }

    static AttributeValue date(LocalDate value) {
        return value == null ? null : AttributeValue.fromS(value.toString());
    }

    /** Every instant of an item is written in the one format of {@link Timestamps}. */
    static AttributeValue instant(Instant value) {
        return value == null ? null : AttributeValue.fromS(Timestamps.format(value));
    }

    /**
     * Creation times are index sort keys: the fixed-width format of
     * {@link Timestamps} makes string order time order.
     */
    static String sortableInstant(Instant value) {
        return Timestamps.format(value);
    }

    /**
     * When a job was created: the event's {@code time}, or for an imported job ({@code imported_from}, a
     * MongoDB migration or a CSV import) its creation time in the system it came from.
     */
    static Instant createdAt(EventEnvelope event, JobCreated job) {
        return job.importedFrom() == null ? event.time() : job.importedFrom().createdAt();
    }

    /** When a job last changed as it is created: its creation, or an imported job's last change there. */
    static Instant updatedAt(EventEnvelope event, JobCreated job) {
        return job.importedFrom() == null || job.importedFrom().updatedAt() == null ? createdAt(event, job)
                : job.importedFrom().updatedAt();
    }

    static AttributeValue tags(List<String> tags) {
        return tags == null ? null : AttributeValue.fromL(tags.stream().map(AttributeValue::fromS).toList());
    }

    /** Lower-cased and trimmed, for the case-insensitive "have I applied here before?" match. */
    static AttributeValue companyKey(String company) {
        return company == null ? null : AttributeValue.fromS(company.trim().toLowerCase(Locale.ROOT));
    }

    /** The per-user status index's sort key: the status, then creation time so jobs sort newest first. */
    static AttributeValue statusCreatedAt(JobStatus status, String createdAt) {
        return AttributeValue.fromS(status.spelling() + "#" + createdAt);
    }

    /** One stage of the status history. */
    static AttributeValue historyEntry(JobStatus status, Instant at) {
        return AttributeValue.fromM(Map.of("status", AttributeValue.fromS(status.spelling()),
                "at", AttributeValue.fromS(Timestamps.format(at))));
    }

    /** The {@link Jobs#DOCUMENTS} list of pinned versions; null (no attribute) when there are none. */
    static AttributeValue documents(List<PinnedDocument> documents) {
        if (documents == null || documents.isEmpty()) {
            return null;
        }
        return AttributeValue.fromL(documents.stream().map(pinned -> AttributeValue.fromM(Map.of(
                PinnedDocuments.DOCUMENT_ID, AttributeValue.fromS(pinned.documentId()),
                PinnedDocuments.VERSION, AttributeValue.fromN(Integer.toString(pinned.version())),
                PinnedDocuments.SHA256, AttributeValue.fromS(pinned.sha256()),
                PinnedDocuments.SIZE, AttributeValue.fromN(Long.toString(pinned.size())),
                PinnedDocuments.MEDIA_TYPE, AttributeValue.fromS(pinned.mediaType()),
                PinnedDocuments.KIND, AttributeValue.fromS(pinned.kind()),
                PinnedDocuments.PINNED_AT, AttributeValue.fromS(Timestamps.format(pinned.pinnedAt())))))
                .toList());
    }

    /**
     * The {@link Jobs#POSTING_AS_APPLIED} map of a job's description and url frozen at {@code at}; null when the
     * job has neither (nothing to freeze).
     */
    static AttributeValue postingAsApplied(String jobDescription, String url, Instant at) {
        if (jobDescription == null && url == null) {
            return null;
        }
        Map<String, AttributeValue> posting = new HashMap<>();
        posting.put(FrozenPostings.FROZEN_AT, AttributeValue.fromS(Timestamps.format(at)));
        if (jobDescription != null) {
            posting.put(FrozenPostings.JOB_DESCRIPTION, AttributeValue.fromS(jobDescription));
        }
        if (url != null) {
            posting.put(FrozenPostings.URL, AttributeValue.fromS(url));
        }
        return AttributeValue.fromM(posting);
    }

    /** The same, of a restored job's frozen posting. */
    static AttributeValue postingAsApplied(FrozenPosting posting) {
        return posting == null ? null : postingAsApplied(posting.jobDescription(), posting.url(), posting.frozenAt());
    }
}
