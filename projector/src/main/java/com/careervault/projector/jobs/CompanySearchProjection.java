package com.careervault.projector.jobs;

import static com.careervault.projector.jobs.IndexEntries.createdAt;
import static com.careervault.projector.jobs.IndexEntries.done;
import static com.careervault.projector.jobs.IndexEntries.status;

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
import com.careervault.projector.readmodel.LogPosition;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
 * lost its partition cannot bring back an entry a newer event removed
 * ({@link IndexEntries} does the reads and writes).
 */
@Component
public class CompanySearchProjection {

    private static final IndexEntries.Attributes ATTRIBUTES = new IndexEntries.Attributes(CompanySearch.USER_ID,
            CompanySearch.ENTRY_KEY, CompanySearch.SEARCH_KEY, CompanySearch.JOB_ID, CompanySearch.STATUS,
            CompanySearch.CREATED_AT, CompanySearch.KEY_CREATED_AT, CompanySearch.KEY_STATUS_CREATED_AT,
            CompanySearch.REMOVED, CompanySearch.EXPIRES_AT);

    private final IndexEntries entries;

    public CompanySearchProjection(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables,
            TombstoneProperties tombstones, Clock clock) {
        this.entries = new IndexEntries(dynamoDb, tables.jobsTable(), tables.companySearchTable(), ATTRIBUTES,
                tombstones, clock);
    }

    /** Entries for every key of the new job's company, unless an item with its id exists already. */
    public CompletableFuture<Void> created(EventEnvelope event, JobCreated job, LogPosition position) {
        return entries.jobItem(event.userid(), job.jobId()).thenCompose(item -> item.isPresent()
                ? done()
                : entries.put(event.userid(), job.jobId(), CompanySearchKeys.keysOf(job.company()), job.status(),
                        JobAttributes.sortableInstant(JobAttributes.createdAt(event, job)), position));
    }

    /**
     * A restored job is indexed as at its creation (its original creation time, its current status), when its
     * item is still the tombstone (or gone) and before this event: its entries' tombstones are overwritten.
     */
    public CompletableFuture<Void> restored(EventEnvelope event, JobRestored job, LogPosition position) {
        return entries.restorable(event.userid(), job.jobId(), position).thenCompose(back -> back
                ? entries.put(event.userid(), job.jobId(), CompanySearchKeys.keysOf(job.company()), job.status(),
                        JobAttributes.sortableInstant(job.createdAt()), position)
                : done());
    }

    /** A new company name: entries for the keys it gained, tombstones for the keys it lost. */
    public CompletableFuture<Void> updated(EventEnvelope event, JobUpdated job, LogPosition position) {
        if (job.company() == null) {
            return done();
        }
        return liveBefore(event.userid(), job.jobId(), position).thenCompose(item -> item.isEmpty()
                ? done()
                : entries.replace(event.userid(), job.jobId(), keysOf(item.get()),
                        CompanySearchKeys.keysOf(job.company()), status(item.get()), createdAt(item.get()),
                        position));
    }

    /** Every entry of the job moves to the new status (the status index key changes). */
    public CompletableFuture<Void> statusChanged(EventEnvelope event, JobStatusChanged change, LogPosition position) {
        return liveBefore(event.userid(), change.jobId(), position).thenCompose(item -> item.isEmpty() || !applies(change, item.get())
                ? done()
                : entries.put(event.userid(), change.jobId(), keysOf(item.get()), change.to(),
                        createdAt(item.get()), position));
    }

    /** A system change applies only from its {@code from} status, as in the job item (see JobProjection). */
    private static boolean applies(JobStatusChanged change, Map<String, AttributeValue> item) {
        AttributeValue status = item.get(Jobs.STATUS);
        return status == null || change.appliesTo(JobStatus.parse(status.s()));
    }

    /** Every entry of the job becomes a tombstone. */
    public CompletableFuture<Void> deleted(EventEnvelope event, JobDeleted job, LogPosition position) {
        return liveBefore(event.userid(), job.jobId(), position).thenCompose(item -> item.isEmpty()
                ? done()
                : entries.remove(event.userid(), job.jobId(), keysOf(item.get()), position));
    }

    /** The job's item when it is live, has a company, and is not yet at or past {@code position}. */
    private CompletableFuture<Optional<Map<String, AttributeValue>>> liveBefore(String userId,
            String jobId, LogPosition position) {
        return entries.liveBefore(userId, jobId, position, Jobs.COMPANY);
    }

    private static Set<String> keysOf(Map<String, AttributeValue> item) {
        return CompanySearchKeys.keysOf(item.get(Jobs.COMPANY).s());
    }
}
