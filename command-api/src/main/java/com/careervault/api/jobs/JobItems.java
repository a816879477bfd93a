package com.careervault.api.jobs;

import com.careervault.contracts.dynamodb.ReadModel.Ai;
import com.careervault.contracts.dynamodb.ReadModel.FrozenPostings;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.PinnedDocuments;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.time.Timestamps;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads the projector's job items (format in docs/read-model.md). */
final class JobItems {

    private JobItems() {
    }

    static StoredJob stored(Map<String, AttributeValue> item) {
        boolean deleted = item.containsKey(Jobs.DELETED) && Boolean.TRUE.equals(item.get(Jobs.DELETED).bool());
        int partition = item.containsKey(Position.PARTITION) ? Integer.parseInt(item.get(Position.PARTITION).n()) : -1;
        long offset = item.containsKey(Position.OFFSET) ? Long.parseLong(item.get(Position.OFFSET).n()) : -1;
        return new StoredJob(view(item), deleted, partition, offset, deleted ? restorable(item) : null);
    }

    /** What a tombstone kept of the job (see docs/read-model.md); null on a tombstone that kept nothing. */
    private static StoredJob.Restorable restorable(Map<String, AttributeValue> tombstone) {
        AttributeValue kept = tombstone.get(Jobs.RESTORABLE);
        if (kept == null || !kept.hasM() || !tombstone.containsKey(Jobs.DELETED_AT)
                || !tombstone.containsKey(Jobs.EXPIRES_AT)) {
            return null;
        }
        Map<String, AttributeValue> job = new HashMap<>(kept.m());
        job.put(Jobs.JOB_ID, tombstone.get(Jobs.JOB_ID));
        job.remove(Position.PARTITION);
        job.remove(Position.OFFSET);
        JobView view = view(job);
        long count = job.containsKey(Jobs.STATUS_HISTORY_COUNT) ? Long.parseLong(job.get(Jobs.STATUS_HISTORY_COUNT).n())
                : view.statusHistory() == null ? 0 : view.statusHistory().size();
        return new StoredJob.Restorable(view, count, Timestamps.parse(tombstone.get(Jobs.DELETED_AT).s()),
                Instant.ofEpochSecond(Long.parseLong(tombstone.get(Jobs.EXPIRES_AT).n())));
    }

    static JobView view(Map<String, AttributeValue> item) {
        List<JobView.StatusChange> history = item.containsKey(Jobs.STATUS_HISTORY)
                ? item.get(Jobs.STATUS_HISTORY).l().stream()
                        .map(entry -> new JobView.StatusChange(s(entry.m(), "status"), time(entry.m(), "at")))
                        .toList()
                : null;
        List<String> tags = item.containsKey(Jobs.TAGS) && item.get(Jobs.TAGS).hasL()
                ? item.get(Jobs.TAGS).l().stream().map(AttributeValue::s).toList()
                : null;
        String description = s(item, Jobs.JOB_DESCRIPTION);
        JobView.AiInsights ai = ai(item);
        return new JobView(s(item, Jobs.JOB_ID), s(item, Jobs.COMPANY), s(item, Jobs.POSITION), s(item, Jobs.STATUS),
                s(item, Jobs.LOCATION), s(item, Jobs.SALARY_RANGE), s(item, Jobs.APPLIED_DATE), s(item, Jobs.URL),
                s(item, Jobs.NOTES), time(item, Jobs.INTERVIEW_AT), time(item, Jobs.FOLLOW_UP_AT), tags,
                time(item, Jobs.CREATED_AT), time(item, Jobs.UPDATED_AT), history,
                item.containsKey(Position.PARTITION) && item.containsKey(Position.OFFSET)
                        ? JobVersion.of(Integer.parseInt(item.get(Position.PARTITION).n()),
                                Long.parseLong(item.get(Position.OFFSET).n()))
                        : null,
                description, description == null ? JobView.AI_NONE : ai == null ? JobView.AI_PENDING
                        : JobView.AI_READY, ai, s(item, Jobs.SOURCE),
                s(item, Jobs.STATUS_SET_BY)).withDocuments(documents(item), postingAsApplied(item));
    }

    /** The {@link Jobs#DOCUMENTS} list, in its order; empty when absent. */
    private static List<PinnedDocumentView> documents(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(Jobs.DOCUMENTS);
        if (value == null || !value.hasL()) {
            return List.of();
        }
        return value.l().stream().map(AttributeValue::m).map(pinned -> new PinnedDocumentView(
                s(pinned, PinnedDocuments.DOCUMENT_ID), Integer.parseInt(pinned.get(PinnedDocuments.VERSION).n()),
                s(pinned, PinnedDocuments.SHA256), Long.parseLong(pinned.get(PinnedDocuments.SIZE).n()),
                s(pinned, PinnedDocuments.MEDIA_TYPE), s(pinned, PinnedDocuments.KIND),
                time(pinned, PinnedDocuments.PINNED_AT))).toList();
    }

    /** The {@link Jobs#POSTING_AS_APPLIED} map; null when absent. */
    private static PostingAsApplied postingAsApplied(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(Jobs.POSTING_AS_APPLIED);
        if (value == null || !value.hasM()) {
            return null;
        }
        Map<String, AttributeValue> posting = value.m();
        return new PostingAsApplied(s(posting, FrozenPostings.JOB_DESCRIPTION), s(posting, FrozenPostings.URL),
                time(posting, FrozenPostings.FROZEN_AT));
    }

    /**
     * The {@code ai} map when it belongs to the current description (the projector removes it when the
     * description changes; the hash check keeps an answer consistent even with an item written otherwise).
     */
    private static JobView.AiInsights ai(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(Jobs.AI);
        String descriptionHash = s(item, Jobs.JOB_DESCRIPTION_HASH);
        if (value == null || !value.hasM() || s(item, Jobs.JOB_DESCRIPTION) == null) {
            return null;
        }
        Map<String, AttributeValue> ai = value.m();
        String resultFor = s(ai, Ai.DESCRIPTION_HASH);
        if (resultFor != null && descriptionHash != null && !resultFor.equals(descriptionHash)) {
            return null;
        }
        AttributeValue score = ai.get(Ai.MATCH_SCORE);
        AttributeValue degraded = ai.get(Ai.DEGRADED);
        return new JobView.AiInsights(s(ai, Ai.SUMMARY), strings(ai, Ai.REQUIRED_SKILLS),
                score == null || score.n() == null ? null : new java.math.BigDecimal(score.n()).intValue(),
                strings(ai, Ai.STRENGTHS), strings(ai, Ai.GAPS), s(ai, Ai.PROVIDER), s(ai, Ai.MODEL),
                degraded != null && Boolean.TRUE.equals(degraded.bool()), s(ai, Ai.DEGRADED_REASON),
                time(ai, Ai.COMPUTED_AT), s(ai, Ai.RESUME_HASH));
    }

    private static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }

    static Map<String, AttributeValue> key(String userId, String jobId) {
        return Map.of(Jobs.USER_ID, AttributeValue.fromS(userId), Jobs.JOB_ID, AttributeValue.fromS(jobId));
    }

    /** Items written before the one timestamp format are answered in it too. */
    private static String time(Map<String, AttributeValue> item, String name) {
        return Timestamps.normalize(s(item, name));
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
