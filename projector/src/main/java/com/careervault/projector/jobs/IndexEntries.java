package com.careervault.projector.jobs;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.jobs.JobStatus;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The entries of one per-job index table ({@link CompanySearchProjection}, {@link JobTagsProjection}): per user,
 * one entry {@code key#job_id} for each key a job has, carrying the job's status and creation time in two index
 * sort keys ({@code key#created_at}, {@code key#status#created_at}).
 *
 * <p>What the projections build on: the job item is read with a consistent read, because its log position is
 * the commit mark (a projection writes entries only while the job item is still before the event, and the job
 * item is written after them). Every entry write is a whole put conditional on the entry's own position
 * ({@link LogPosition#IS_NEWER_THAN_ITEM}), and a removed entry stays as a tombstone (no index keys, expiry for
 * DynamoDB TTL) that keeps its position, so redelivery, replay and a writer that lost its partition change
 * nothing a newer event wrote, not even by bringing back an entry a newer event removed.
 */
final class IndexEntries {

    /** The attribute names of one index table. */
    record Attributes(String userId, String entryKey, String key, String jobId, String status, String createdAt,
            String keyCreatedAt, String keyStatusCreatedAt, String removed, String expiresAt) {
    }

    private final DynamoDbAsyncClient dynamoDb;
    private final String jobsTable;
    private final String table;
    private final Attributes names;
    private final TombstoneProperties tombstones;
    private final Clock clock;

    IndexEntries(DynamoDbAsyncClient dynamoDb, String jobsTable, String table, Attributes names,
            TombstoneProperties tombstones, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.jobsTable = jobsTable;
        this.table = table;
        this.names = names;
        this.tombstones = tombstones;
        this.clock = clock;
    }

    /** The job's item (consistent read), empty when there is none. */
    CompletableFuture<Optional<Map<String, AttributeValue>>> jobItem(String userId, String jobId) {
        return dynamoDb.getItem(request -> request.tableName(jobsTable).key(JobAttributes.key(userId, jobId))
                        .consistentRead(true))
                .thenApply(found -> found.hasItem() && !found.item().isEmpty()
                        ? Optional.of(found.item()) : Optional.empty());
    }

    /**
     * The job's item when it is live, complete (status, creation time and the {@code required} attributes) and
     * not yet at or past {@code position}.
     */
    CompletableFuture<Optional<Map<String, AttributeValue>>> liveBefore(String userId, String jobId,
            LogPosition position, String... required) {
        return jobItem(userId, jobId).thenApply(found -> found.filter(item -> !item.containsKey(Jobs.DELETED)
                && List.of(required).stream().allMatch(item::containsKey)
                && item.containsKey(Jobs.CREATED_AT) && item.containsKey(Jobs.STATUS)
                && !position.isNotAfter(item)));
    }

    /**
     * Whether a restore at {@code position} brings the job back: its item is absent, or a tombstone not yet at
     * or past the restore (a live job, or a later delete, leaves the index as it is).
     */
    CompletableFuture<Boolean> restorable(String userId, String jobId, LogPosition position) {
        return jobItem(userId, jobId).thenApply(item -> item.isEmpty()
                || item.get().containsKey(Jobs.DELETED) && !position.isNotAfter(item.get()));
    }

    /** Entries for the keys in {@code after} but not in {@code before}, tombstones for the keys lost. */
    CompletableFuture<Void> replace(String userId, String jobId, Set<String> before, Set<String> after,
            JobStatus status, String createdAt, LogPosition position) {
        Set<String> gained = new LinkedHashSet<>(after);
        gained.removeAll(before);
        Set<String> lost = new LinkedHashSet<>(before);
        lost.removeAll(after);
        return CompletableFuture.allOf(put(userId, jobId, gained, status, createdAt, position),
                remove(userId, jobId, lost, position));
    }

    /** An entry for each key, with the job's status and creation time ({@code created_at} as jobs stores it). */
    CompletableFuture<Void> put(String userId, String jobId, Set<String> keys, JobStatus status, String createdAt,
            LogPosition position) {
        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (String key : keys) {
            Map<String, AttributeValue> entry = new HashMap<>(entryKey(userId, key, jobId));
            entry.put(names.key(), AttributeValue.fromS(key));
            entry.put(names.jobId(), AttributeValue.fromS(jobId));
            entry.put(names.status(), AttributeValue.fromS(status.spelling()));
            entry.put(names.createdAt(), AttributeValue.fromS(createdAt));
            entry.put(names.keyCreatedAt(), AttributeValue.fromS(key + "#" + createdAt));
            entry.put(names.keyStatusCreatedAt(),
                    AttributeValue.fromS(key + "#" + status.spelling() + "#" + createdAt));
            entry.putAll(position.attributes());
            writes.add(write(entry, position));
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
    }

    /** A tombstone for each key: no index keys, expiring after the tombstone lifetime. */
    CompletableFuture<Void> remove(String userId, String jobId, Set<String> keys, LogPosition position) {
        long expiresAt = clock.instant().plus(tombstones.lifetime()).getEpochSecond();
        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (String key : keys) {
            Map<String, AttributeValue> tombstone = new HashMap<>(entryKey(userId, key, jobId));
            tombstone.put(names.removed(), AttributeValue.fromBool(true));
            tombstone.put(names.expiresAt(), AttributeValue.fromN(Long.toString(expiresAt)));
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

    private Map<String, AttributeValue> entryKey(String userId, String key, String jobId) {
        return Map.of(names.userId(), AttributeValue.fromS(userId),
                names.entryKey(), AttributeValue.fromS(key + "#" + jobId));
    }

    static JobStatus status(Map<String, AttributeValue> item) {
        return JobStatus.parse(item.get(Jobs.STATUS).s());
    }

    static String createdAt(Map<String, AttributeValue> item) {
        return item.get(Jobs.CREATED_AT).s();
    }

    static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
