package com.careervault.projector.jobs;

import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.search.CompanySearchKeys;
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
 * Keeps {@code CareerVault-CompanySearch}: one entry per search key of a job's
 * company ({@link CompanySearchKeys#keysOf}), carrying the job's status and
 * creation time in the two index keys.
 *
 * <p>Each method runs <em>before</em> the job item is written for the same
 * event, and only when the job item is still before that event: the job item's
 * log position is the commit mark. A redelivered event whose job write already
 * happened, a replayed older event and a duplicate creation find the item at
 * or past their position and write nothing here; an event interrupted between
 * the entries and the job write is retried whole and writes the same entries
 * again. Every entry write is itself conditional on the entry's position, and
 * removed entries stay as tombstones (no index keys, TTL), so a writer that
 * lost its partition cannot bring back an entry a newer event removed.
 */
@Component
public class CompanySearchProjection {

    private final DynamoDbAsyncClient dynamoDb;
    private final String jobsTable;
    private final String table;
    private final TombstoneProperties tombstones;
    private final Clock clock;

    public CompanySearchProjection(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables,
            TombstoneProperties tombstones, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.jobsTable = tables.jobsTable();
        this.table = tables.companySearchTable();
        this.tombstones = tombstones;
        this.clock = clock;
    }

    /** Entries for every key of the new job's company, unless an item with its id exists already. */
    public CompletableFuture<Void> created(EventEnvelope event, JobCreated job, LogPosition position) {
        return jobItem(event.userid(), job.jobId()).thenCompose(item -> item.isPresent()
                ? done()
                : put(event.userid(), job.jobId(), CompanySearchKeys.keysOf(job.company()), job.status(),
                        JobAttributes.sortableInstant(event.time()), position));
    }

    /**
     * A restored job is indexed as at its creation (its original creation time, its current status), when its
     * item is still the tombstone (or gone) and before this event: its entries' tombstones are overwritten.
     */
    public CompletableFuture<Void> restored(EventEnvelope event, JobRestored job, LogPosition position) {
        return jobItem(event.userid(), job.jobId()).thenCompose(item -> item.isPresent()
                && (!item.get().containsKey(Jobs.DELETED) || position.isNotAfter(item.get()))
                ? done()
                : put(event.userid(), job.jobId(), CompanySearchKeys.keysOf(job.company()), job.status(),
                        JobAttributes.sortableInstant(job.createdAt()), position));
    }

    /** A new company name: entries for the keys it gained, tombstones for the keys it lost. */
    public CompletableFuture<Void> updated(EventEnvelope event, JobUpdated job, LogPosition position) {
        if (job.company() == null) {
            return done();
        }
        return liveBefore(event.userid(), job.jobId(), position).thenCompose(item -> {
            if (item.isEmpty()) {
                return done();
            }
            Set<String> before = CompanySearchKeys.keysOf(item.get().get(Jobs.COMPANY).s());
            Set<String> after = CompanySearchKeys.keysOf(job.company());
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
                : put(event.userid(), change.jobId(), CompanySearchKeys.keysOf(item.get().get(Jobs.COMPANY).s()),
                        change.to(), createdAt(item.get()), position));
    }

    /** Every entry of the job becomes a tombstone. */
    public CompletableFuture<Void> deleted(EventEnvelope event, JobDeleted job, LogPosition position) {
        return liveBefore(event.userid(), job.jobId(), position).thenCompose(item -> item.isEmpty()
                ? done()
                : remove(event.userid(), job.jobId(), CompanySearchKeys.keysOf(item.get().get(Jobs.COMPANY).s()),
                        position));
    }

    /** The job's item when it is live, complete and not yet at or past {@code position}. */
    private CompletableFuture<Optional<Map<String, AttributeValue>>> liveBefore(String userId, String jobId,
            LogPosition position) {
        return jobItem(userId, jobId).thenApply(found -> found.filter(item -> !item.containsKey(Jobs.DELETED)
                && item.containsKey(Jobs.COMPANY) && item.containsKey(Jobs.CREATED_AT)
                && item.containsKey(Jobs.STATUS) && !position.isNotAfter(item)));
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
            entry.put(CompanySearch.SEARCH_KEY, AttributeValue.fromS(key));
            entry.put(CompanySearch.JOB_ID, AttributeValue.fromS(jobId));
            entry.put(CompanySearch.STATUS, AttributeValue.fromS(status.spelling()));
            entry.put(CompanySearch.CREATED_AT, AttributeValue.fromS(createdAt));
            entry.put(CompanySearch.KEY_CREATED_AT, AttributeValue.fromS(key + "#" + createdAt));
            entry.put(CompanySearch.KEY_STATUS_CREATED_AT,
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
            tombstone.put(CompanySearch.REMOVED, AttributeValue.fromBool(true));
            tombstone.put(CompanySearch.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt)));
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
        return Map.of(CompanySearch.USER_ID, AttributeValue.fromS(userId),
                CompanySearch.ENTRY_KEY, AttributeValue.fromS(key + "#" + jobId));
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
