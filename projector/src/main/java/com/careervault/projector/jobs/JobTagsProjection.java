package com.careervault.projector.jobs;

import static com.careervault.projector.jobs.IndexEntries.createdAt;
import static com.careervault.projector.jobs.IndexEntries.done;
import static com.careervault.projector.jobs.IndexEntries.status;

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
import com.careervault.projector.readmodel.LogPosition;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keeps {@code CareerVault-JobTags}: one entry per tag key ({@link TagKeys#keysOf}) of a live job,
 * carrying the job's status and creation time in the two index keys.
 *
 * <p>The same commit protocol as {@link CompanySearchProjection}: each method runs <em>before</em>
 * the job item is written for the same event, and only while the job item is still before that
 * event (the job item's log position is the commit mark). Every entry write is conditional on the
 * entry's own position, and removed entries stay as tombstones (no index keys, TTL), so redelivery,
 * replay and a writer that lost its partition change nothing a newer event wrote
 * ({@link IndexEntries} does the reads and writes).
 */
@Component
public class JobTagsProjection {

    private static final IndexEntries.Attributes ATTRIBUTES = new IndexEntries.Attributes(JobTags.USER_ID,
            JobTags.ENTRY_KEY, JobTags.TAG_KEY, JobTags.JOB_ID, JobTags.STATUS, JobTags.CREATED_AT,
            JobTags.TAG_CREATED_AT, JobTags.TAG_STATUS_CREATED_AT, JobTags.REMOVED, JobTags.EXPIRES_AT);

    private final IndexEntries entries;

    public JobTagsProjection(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables, TombstoneProperties tombstones,
            Clock clock) {
        this.entries = new IndexEntries(dynamoDb, tables.jobsTable(), tables.jobTagsTable(), ATTRIBUTES, tombstones,
                clock);
    }

    /** Entries for every tag of the new job, unless an item with its id exists already. */
    public CompletableFuture<Void> created(EventEnvelope event, JobCreated job, LogPosition position) {
        return entries.jobItem(event.userid(), job.jobId()).thenCompose(item -> item.isPresent()
                ? done()
                : index(event.userid(), job.jobId(), job.tags(), job.status(),
                        JobAttributes.sortableInstant(JobAttributes.createdAt(event, job)), position));
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
        return entries.put(userId, jobId, TagKeys.keysOf(tags), status, createdAt, position);
    }

    /**
     * A restored job's entries come back with its original creation time, when its item is a tombstone
     * (or absent) not newer than the restore: a live job, or a later delete, leaves the index as it is.
     */
    public CompletableFuture<Void> restored(EventEnvelope event, JobRestored job, LogPosition position) {
        return entries.restorable(event.userid(), job.jobId(), position).thenCompose(back -> back
                ? index(event.userid(), job.jobId(), job.tags(), job.status(),
                        JobAttributes.sortableInstant(job.createdAt()), position)
                : done());
    }

    /** New tags (or tags cleared): entries for the keys gained, tombstones for the keys lost. */
    public CompletableFuture<Void> updated(EventEnvelope event, JobUpdated job, LogPosition position) {
        boolean cleared = job.tags() == null && job.cleared().contains("tags");
        if (job.tags() == null && !cleared) {
            return done();
        }
        return entries.liveBefore(event.userid(), job.jobId(), position).thenCompose(item -> item.isEmpty()
                ? done()
                : entries.replace(event.userid(), job.jobId(), keysOf(item.get()), TagKeys.keysOf(job.tags()),
                        status(item.get()), createdAt(item.get()), position));
    }

    /** Every entry of the job moves to the new status (the status index key changes). */
    public CompletableFuture<Void> statusChanged(EventEnvelope event, JobStatusChanged change, LogPosition position) {
        return entries.liveBefore(event.userid(), change.jobId(), position).thenCompose(item -> item.isEmpty() || !applies(change, item.get())
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
        return entries.liveBefore(event.userid(), job.jobId(), position).thenCompose(item -> item.isEmpty()
                ? done()
                : entries.remove(event.userid(), job.jobId(), keysOf(item.get()), position));
    }

    /** The tag keys of the tags the job item holds; none when the attribute is absent. */
    private static Set<String> keysOf(Map<String, AttributeValue> item) {
        AttributeValue tags = item.get(Jobs.TAGS);
        return TagKeys.keysOf(tags == null || !tags.hasL()
                ? List.of() : tags.l().stream().map(AttributeValue::s).toList());
    }
}
