package com.careervault.projector.jobs;

import com.careervault.contracts.dynamodb.ReadModel.JobTags;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.search.TagKeys;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.readmodel.ConditionalWrite;
import com.careervault.projector.readmodel.LogPosition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Keeps {@code CareerVault-JobTags}: one entry per tag key ({@link TagKeys#keysOf}) of a live job,
 * carrying the job's status and creation time in the two index keys.
 *
 * <p>The same commit protocol as {@link CompanySearchProjection}: each method runs <em>before</em>
 * the job item is written for the same event, and only while the job item is still before that
 * event (the job item's log position is the commit mark). Every entry write is conditional on the
 * entry's own position, and removed entries stay as tombstones (no index keys, TTL), so redelivery,
 * replay and a writer that lost its partition change nothing a newer event wrote.
 */
@Component
public class JobTagsProjection {

    private final DynamoDbAsyncClient dynamoDb;
    private final String jobsTable;
    private final String table;
    private final TombstoneProperties tombstones;
    private final Clock clock;

    public JobTagsProjection(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables, TombstoneProperties tombstones,
            Clock clock) {
        this.dynamoDb = dynamoDb;
        this.jobsTable = tables.jobsTable();
        this.table = tables.jobTagsTable();
        this.tombstones = tombstones;
        this.clock = clock;
    }

    /** Entries for every tag of the new job, unless an item with its id exists already. */
    public CompletableFuture<Void> created(EventEnvelope event, JobCreated job, LogPosition position) {
        return jobItem(event.userid(), job.jobId()).thenCompose(item -> item.isPresent()
                ? done()
                : index(event.userid(), job.jobId(), job.tags(), job.status(),
                        JobAttributes.sortableInstant(event.time()), position));
    }

    /**
     * Entries for every tag key of a job that (re)appears with these fields, each written unless an
     * entry from a newer event is there. {@link #created} decides whether to call it; an event that
     * brings a job back (a restore) can call it the same way once it has decided the job is back.
     *
     * @param createdAt the job's {@code created_at} as the jobs table stores it
     */
    public CompletableFuture<Void> index(String userId, String jobId, List<String> tags, JobStatus status,
            String createdAt, LogPosition position) {
        return put(userId, jobId, TagKeys.keysOf(tags), status, createdAt, position);
    }

    /**
     * A restored job's entries come back with its original creation time, when its item is a tombstone
     * (or absent) not newer than the restore: a live job, or a later delete, leaves the index as it is.
     */
    public CompletableFuture<Void> restored(EventEnvelope event, JobRestored job, LogPosition position) {
        return jobItem(event.userid(), job.jobId()).thenCompose(item -> item.isPresent()
                && (!item.get().containsKey(Jobs.DELETED) || position.isNotAfter(item.get()))
                ? done()
                : index(event.userid(), job.jobId(), job.tags(), job.status(),
                        JobAttributes.sortableInstant(job.createdAt()), position));
    }

    /** New tags (or tags cleared): entries for the keys gained, tombstones for the keys lost. */
    public CompletableFuture<Void> updated(EventEnvelope event, JobUpdated job, LogPosition position) {
        boolean cleared = job.tags() == null && job.cleared().contains("tags");
        if (job.tags() == null && !cleared) {
            return done();
        }
        return liveBefore(event.userid(), job.jobId(), position).thenCompose(item -> {
            if (item.isEmpty()) {
                return done();
            }
            Set<String> before = TagKeys.keysOf(tagsOf(item.get()));
            Set<String> after = TagKeys.keysOf(job.tags());
            Set<String> gained = new LinkedHashSet<>(after);
            gained.removeAll(before);
            Set<String> lost = new LinkedHashSet<>(before);
            lost.removeAll(after);
            return CompletableFuture.allOf(
                    put(event.userid(), job.jobId(), gained, status(item.get()), createdAt(item.get()), position),
                    remove(event.userid(), job.jobId(), lost, position));
        });
    }

    /** Every entry of the job moves to the new status (the status index key changes). */
    public CompletableFuture<Void> statusChanged(EventEnvelope event, JobStatusChanged change, LogPosition position) {
        return liveBefore(event.userid(), change.jobId(), position).thenCompose(item -> item.isEmpty()
                ? done()
                : put(event.userid(), change.jobId(), TagKeys.keysOf(tagsOf(item.get())), change.to(),
                        createdAt(item.get()), position));
    }

    /** Every entry of the job becomes a tombstone. */
    public CompletableFuture<Void> deleted(EventEnvelope event, JobDeleted job, LogPosition position) {
        return liveBefore(event.userid(), job.jobId(), position).thenCompose(item -> item.isEmpty()
                ? done()
                : remove(event.userid(), job.jobId(), TagKeys.keysOf(tagsOf(item.get())), position));
    }

    /** The job's item when it is live, complete and not yet at or past {@code position}. */
    private CompletableFuture<Optional<Map<String, AttributeValue>>> liveBefore(String userId, String jobId,
            LogPosition position) {
        return jobItem(userId, jobId).thenApply(found -> found.filter(item -> !item.containsKey(Jobs.DELETED)
                && item.containsKey(Jobs.CREATED_AT) && item.containsKey(Jobs.STATUS)
                && !position.isNotAfter(item)));
    }

    private CompletableFuture<Optional<Map<String, AttributeValue>>> jobItem(String userId, String jobId) {
        return dynamoDb.getItem(request -> request.tableName(jobsTable).key(JobAttributes.key(userId, jobId))
                        .consistentRead(true))
                .thenApply(found -> found.hasItem() && !found.item().isEmpty()
                        ? Optional.of(found.item()) : Optional.empty());
    }

    private CompletableFuture<Void> put(String userId, String jobId, Set<String> keys, JobStatus status,
            String createdAt, LogPosition position) {
        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (String key : keys) {
            Map<String, AttributeValue> entry = new HashMap<>(entryKey(userId, key, jobId));
            entry.put(JobTags.TAG_KEY, AttributeValue.fromS(key));
            entry.put(JobTags.JOB_ID, AttributeValue.fromS(jobId));
            entry.put(JobTags.STATUS, AttributeValue.fromS(status.spelling()));
            entry.put(JobTags.CREATED_AT, AttributeValue.fromS(createdAt));
            entry.put(JobTags.TAG_CREATED_AT, AttributeValue.fromS(key + "#" + createdAt));
            entry.put(JobTags.TAG_STATUS_CREATED_AT,
                    AttributeValue.fromS(key + "#" + status.spelling() + "#" + createdAt));
            entry.putAll(position.attributes());
            writes.add(write(entry, position));
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> remove(String userId, String jobId, Set<String> keys, LogPosition position) {
        long expiresAt = clock.instant().plus(tombstones.lifetime()).getEpochSecond();
        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (String key : keys) {
            Map<String, AttributeValue> tombstone = new HashMap<>(entryKey(userId, key, jobId));
            tombstone.put(JobTags.REMOVED, AttributeValue.fromBool(true));
            tombstone.put(JobTags.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt)));
            tombstone.putAll(position.attributes());
            writes.add(write(tombstone, position));
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
    }

    /** A whole entry (or tombstone), only over an entry built from an older event. */
    private CompletableFuture<?> write(Map<String, AttributeValue> item, LogPosition position) {
        return ConditionalWrite.outcomeOf(dynamoDb.putItem(PutItemRequest.builder()
                .tableName(table)
                .item(item)
                .conditionExpression(LogPosition.IS_NEWER_THAN_ITEM)
                .expressionAttributeNames(LogPosition.names())
                .expressionAttributeValues(position.values())
                .build()));
    }

    static Map<String, AttributeValue> entryKey(String userId, String key, String jobId) {
        return Map.of(JobTags.USER_ID, AttributeValue.fromS(userId),
                JobTags.ENTRY_KEY, AttributeValue.fromS(key + "#" + jobId));
    }

    /** The tags the job item holds; none when the attribute is absent. */
    private static List<String> tagsOf(Map<String, AttributeValue> item) {
        AttributeValue tags = item.get(Jobs.TAGS);
        return tags == null || !tags.hasL() ? List.of() : tags.l().stream().map(AttributeValue::s).toList();
    }

    private static JobStatus status(Map<String, AttributeValue> item) {
        return JobStatus.parse(item.get(Jobs.STATUS).s());
    }

    private static String createdAt(Map<String, AttributeValue> item) {
        return item.get(Jobs.CREATED_AT).s();
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
