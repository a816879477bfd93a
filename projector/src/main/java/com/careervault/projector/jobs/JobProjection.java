package com.careervault.projector.jobs;

import static com.careervault.projector.jobs.JobAttributes.companyKey;
import static com.careervault.projector.jobs.JobAttributes.date;
import static com.careervault.projector.jobs.JobAttributes.instant;
import static com.careervault.projector.jobs.JobAttributes.tags;
import static com.careervault.projector.jobs.JobAttributes.text;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobDocumentsPinned;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.readmodel.ConditionalWrite;
import com.careervault.projector.readmodel.ItemUpdate;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Writes job events into {@code CareerVault-Jobs}. Every write is conditional
 * on the item's log position, so applying an event twice changes nothing.
 */
@Component
public class JobProjection {

    private static final Map<String, String> FIELD_TO_ATTRIBUTE = Map.of(
            "location", Jobs.LOCATION, "salary_range", Jobs.SALARY_RANGE, "applied_date", Jobs.APPLIED_DATE,
            "url", Jobs.URL, "notes", Jobs.NOTES, "interview_at", Jobs.INTERVIEW_AT,
            "follow_up_at", Jobs.FOLLOW_UP_AT, "tags", Jobs.TAGS, "job_description", Jobs.JOB_DESCRIPTION,
            "source", Jobs.SOURCE);

    /** Updates only touch live jobs: never a tombstone, never a job whose creation we have not seen. */
    private static final String LIVE_JOB = "attribute_exists(#" + Jobs.JOB_ID + ") AND attribute_not_exists(#"
            + Jobs.DELETED + ")";

    /** What a tombstone keeps of the live item besides its own attributes: nothing derived, nothing positional. */
    private static final Set<String> NOT_RESTORABLE = Set.of(Jobs.USER_ID, Jobs.JOB_ID, Jobs.COMPANY_KEY,
            Jobs.STATUS_CREATED_AT, Position.PARTITION, Position.OFFSET);

    /**
     * What a tombstone drops altogether: the enricher's result, which a restore does not bring back (the
     * restored job is enriched again, from the enricher's memo).
     */
    private static final Set<String> DROPPED_ON_DELETE = Set.of(Jobs.AI);

    /** Reads of a job for one status change: the first, and fresh ones after losing a race to another writer. */
    private static final int MAX_READ_ATTEMPTS = 3;

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;
    private final TombstoneProperties tombstones;
    private final Clock clock;

    public JobProjection(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables, TombstoneProperties tombstones,
            Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = tables.jobsTable();
        this.tombstones = tombstones;
        this.clock = clock;
    }

    /**
     * A new job becomes an item, unless an item (live or tombstone) with its key exists already. Its
     * {@code created_at} (and first history step, and index keys) is the event's time, or for an imported job
     * {@code imported_from.created_at}; its {@code updated_at} then {@code imported_from.updated_at} if given.
     */
    public CompletableFuture<ProjectionOutcome> created(EventEnvelope event, JobCreated job, LogPosition position) {
        Map<String, AttributeValue> item = item(event.userid(), job.jobId(), job.company(), job.position(),
                job.status(), job.location(), job.salaryRange(), job.appliedDate(), job.url(), job.notes(),
                job.interviewAt(), job.followUpAt(), job.tags(), job.jobDescription(), job.source());
        // an imported job keeps its original creation (and last change) time; the event's time is the import's
        Instant created = JobAttributes.createdAt(event, job);
        String createdAt = JobAttributes.sortableInstant(created);
        item.put(Jobs.CREATED_AT, text(createdAt));
        item.put(Jobs.UPDATED_AT, text(JobAttributes.sortableInstant(JobAttributes.updatedAt(event, job))));
        item.put(Jobs.STATUS_CREATED_AT, JobAttributes.statusCreatedAt(job.status(), createdAt));
        item.put(Jobs.STATUS_HISTORY,
                AttributeValue.fromL(List.of(JobAttributes.historyEntry(job.status(), created))));
        item.put(Jobs.STATUS_HISTORY_COUNT, AttributeValue.fromN("1"));
        if (job.status() == JobStatus.Applied) {
            // created as Applied: the posting is frozen as the job starts
            putIfPresent(item, Jobs.POSTING_AS_APPLIED,
                    JobAttributes.postingAsApplied(job.jobDescription(), job.url(), created));
        }
        item.putAll(position.attributes());
        return ConditionalWrite.outcomeOf(dynamoDb.putItem(PutItemRequest.builder()
                .tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(#job_id)")
                .expressionAttributeNames(Map.of("#job_id", Jobs.JOB_ID))
                .build()));
    }

    /**
     * A deleted job becomes the item it was: the event's content, its original creation time and status
     * history, {@code updated_at} the restore's time. Written over its tombstone (or where no item is left)
     * only when the event is newer than the item, so a redelivered restore, or a replayed one older than a
     * later delete, changes nothing, and a live job is never overwritten.
     */
    public CompletableFuture<ProjectionOutcome> restored(EventEnvelope event, JobRestored job,
            LogPosition position) {
        Map<String, AttributeValue> item = item(event.userid(), job.jobId(), job.company(), job.position(),
                job.status(), job.location(), job.salaryRange(), job.appliedDate(), job.url(), job.notes(),
                job.interviewAt(), job.followUpAt(), job.tags(), job.jobDescription(), job.source());
        String createdAt = JobAttributes.sortableInstant(job.createdAt());
        item.put(Jobs.CREATED_AT, text(createdAt));
        item.put(Jobs.UPDATED_AT, instant(event.time()));
        item.put(Jobs.STATUS_CREATED_AT, JobAttributes.statusCreatedAt(job.status(), createdAt));
        List<AttributeValue> stages = job.statusHistory().stream()
                .map(stage -> JobAttributes.historyEntry(stage.status(), stage.at())).toList();
        item.put(Jobs.STATUS_HISTORY, AttributeValue.fromL(stages.size() > Jobs.STATUS_HISTORY_LIMIT
                ? stages.subList(stages.size() - Jobs.STATUS_HISTORY_LIMIT, stages.size()) : stages));
        item.put(Jobs.STATUS_HISTORY_COUNT, AttributeValue.fromN(Long.toString(job.statusHistoryCount())));
        putIfPresent(item, Jobs.DOCUMENTS, JobAttributes.documents(job.documents()));
        putIfPresent(item, Jobs.POSTING_AS_APPLIED, JobAttributes.postingAsApplied(job.postingAsApplied()));
        item.putAll(position.attributes());
        Map<String, String> names = new HashMap<>(LogPosition.names());
        names.put("#job_id", Jobs.JOB_ID);
        names.put("#deleted", Jobs.DELETED);
        return ConditionalWrite.outcomeOf(dynamoDb.putItem(PutItemRequest.builder()
                .tableName(table)
                .item(item)
                .conditionExpression("(attribute_not_exists(#job_id) OR attribute_exists(#deleted)) AND "
                        + LogPosition.IS_NEWER_THAN_ITEM)
                .expressionAttributeNames(names)
                .expressionAttributeValues(position.values())
                .build()));
    }

    /**
     * The attributes a job's content gives its item: keys, fields, company key, the description's hash; no
     * times, no history, no enrichment (that comes with its own event).
     */
    private static Map<String, AttributeValue> item(String userId, String jobId, String company, String position,
            JobStatus status, String location, String salaryRange, LocalDate appliedDate, String url, String notes,
            Instant interviewAt, Instant followUpAt, List<String> tags, String jobDescription, String source) {
        Map<String, AttributeValue> item = new HashMap<>(JobAttributes.key(userId, jobId));
        item.put(Jobs.COMPANY, text(company));
        item.put(Jobs.COMPANY_KEY, companyKey(company));
        item.put(Jobs.POSITION, text(position));
        item.put(Jobs.STATUS, text(status.spelling()));
        putIfPresent(item, Jobs.LOCATION, text(location));
        putIfPresent(item, Jobs.SALARY_RANGE, text(salaryRange));
        putIfPresent(item, Jobs.APPLIED_DATE, date(appliedDate));
        putIfPresent(item, Jobs.URL, text(url));
        putIfPresent(item, Jobs.NOTES, text(notes));
        putIfPresent(item, Jobs.INTERVIEW_AT, instant(interviewAt));
        putIfPresent(item, Jobs.FOLLOW_UP_AT, instant(followUpAt));
        putIfPresent(item, Jobs.TAGS, tags(tags));
        putIfPresent(item, Jobs.JOB_DESCRIPTION, text(jobDescription));
        putIfPresent(item, Jobs.JOB_DESCRIPTION_HASH, descriptionHash(jobDescription));
        putIfPresent(item, Jobs.SOURCE, text(source));
        return item;
    }

    /**
     * Sets the fields that changed and removes the cleared ones. A field both
     * given and cleared keeps the given value: the event cannot mean both.
     * <p>
     * A cleared description goes with its hash and the enricher's result ({@code ai}). A given description
     * keeps {@code ai} only when its hash is the one the item has (the same text sent again, e.g. by a PUT):
     * the write is first tried on that condition, and when it fails (another text, or no item to update)
     * again without it, removing {@code ai}. An update that leaves the description alone leaves {@code ai}.
     */
    public CompletableFuture<ProjectionOutcome> updated(EventEnvelope event, JobUpdated job, LogPosition position) {
        Map<String, AttributeValue> key = JobAttributes.key(event.userid(), job.jobId());
        if (job.jobDescription() == null) {
            ItemUpdate update = fieldsOf(event, job);
            if (job.cleared().contains("job_description")) {
                update.remove(Jobs.JOB_DESCRIPTION_HASH).remove(Jobs.AI);
            }
            return ConditionalWrite.outcomeOf(dynamoDb.updateItem(update.toRequest(table, key, position,
                    liveJob(update) + " AND " + LogPosition.IS_NEWER_THAN_ITEM)));
        }
        AttributeValue hash = descriptionHash(job.jobDescription());
        ItemUpdate sameText = fieldsOf(event, job).set(Jobs.JOB_DESCRIPTION_HASH, hash);
        String unchanged = sameText.name(Jobs.JOB_DESCRIPTION_HASH) + " = " + sameText.value("current_hash", hash);
        return ConditionalWrite.outcomeOf(dynamoDb.updateItem(sameText.toRequest(table, key, position,
                liveJob(sameText) + " AND " + unchanged + " AND " + LogPosition.IS_NEWER_THAN_ITEM)))
                .thenCompose(outcome -> {
                    if (outcome == ProjectionOutcome.APPLIED) {
                        return CompletableFuture.completedFuture(outcome);
                    }
                    ItemUpdate newText = fieldsOf(event, job).set(Jobs.JOB_DESCRIPTION_HASH, hash).remove(Jobs.AI);
                    return ConditionalWrite.outcomeOf(dynamoDb.updateItem(newText.toRequest(table, key, position,
                            liveJob(newText) + " AND " + LogPosition.IS_NEWER_THAN_ITEM)));
                });
    }

    /** The update of the event's fields (set and cleared) and {@code updated_at}. */
    private static ItemUpdate fieldsOf(EventEnvelope event, JobUpdated job) {
        ItemUpdate update = new ItemUpdate()
                .setIfPresent(Jobs.COMPANY, text(job.company()))
                .setIfPresent(Jobs.COMPANY_KEY, companyKey(job.company()))
                .setIfPresent(Jobs.POSITION, text(job.position()))
                .setIfPresent(Jobs.LOCATION, text(job.location()))
                .setIfPresent(Jobs.SALARY_RANGE, text(job.salaryRange()))
                .setIfPresent(Jobs.APPLIED_DATE, date(job.appliedDate()))
                .setIfPresent(Jobs.URL, text(job.url()))
                .setIfPresent(Jobs.NOTES, text(job.notes()))
                .setIfPresent(Jobs.INTERVIEW_AT, instant(job.interviewAt()))
                .setIfPresent(Jobs.FOLLOW_UP_AT, instant(job.followUpAt()))
                .setIfPresent(Jobs.TAGS, tags(job.tags()))
                .setIfPresent(Jobs.JOB_DESCRIPTION, text(job.jobDescription()))
                .setIfPresent(Jobs.SOURCE, text(job.source()))
                .set(Jobs.UPDATED_AT, instant(event.time()));
        for (String field : job.cleared()) {
            if (!isGiven(job, field)) {
                update.remove(FIELD_TO_ATTRIBUTE.get(field));
            }
        }
        return update;
    }

    /**
     * Moves the job to its new status and appends the stage to its history, keeping the newest
     * {@link Jobs#STATUS_HISTORY_LIMIT} stages and counting all of them in
     * {@link Jobs#STATUS_HISTORY_COUNT}, so the item does not grow with the number of changes.
     * The per-user status index key combines status and creation time, which the event does not
     * carry, and trimming needs the current history, so the item is read first; the write is then
     * conditional on the item still being the one read (same log position), and is re-decided on a
     * fresh read if another writer (a second projector during a rebalance) got there first.
     * <p>
     * A change the system made ({@code marked_by: system}) applies only to a job still in its {@code from}
     * status ({@link JobStatusChanged#appliesTo}): the notifier decided on the log as it had read it, and a user's
     * change that got into the log first wins. It sets {@link Jobs#STATUS_SET_BY} ({@code system}); a user's
     * change removes it. The item's position moves only when the change applies, so its version (ETag) changes
     * exactly when the job does.
     */
    public CompletableFuture<ProjectionOutcome> statusChanged(EventEnvelope event, JobStatusChanged change,
            LogPosition position) {
        return statusChanged(event, change, position, MAX_READ_ATTEMPTS);
    }

    private CompletableFuture<ProjectionOutcome> statusChanged(EventEnvelope event, JobStatusChanged change,
            LogPosition position, int attemptsLeft) {
        Map<String, AttributeValue> key = JobAttributes.key(event.userid(), change.jobId());
        return dynamoDb.getItem(GetItemRequest.builder().tableName(table).key(key).consistentRead(true).build())
                .thenCompose(found -> {
                    Map<String, AttributeValue> item = found.item();
                    if (!found.hasItem() || item.isEmpty() || item.containsKey(Jobs.DELETED)
                            || !item.containsKey(Jobs.CREATED_AT) || position.isNotAfter(item)
                            || !change.appliesTo(JobStatus.parse(item.get(Jobs.STATUS).s()))) {
                        return CompletableFuture.completedFuture(ProjectionOutcome.SKIPPED);
                    }
                    String createdAt = item.get(Jobs.CREATED_AT).s();
                    StatusHistory history = StatusHistory.of(item)
                            .plus(JobAttributes.historyEntry(change.to(), event.time()));
                    ItemUpdate update = new ItemUpdate()
                            .set(Jobs.STATUS, text(change.to().spelling()))
                            .set(Jobs.STATUS_CREATED_AT, JobAttributes.statusCreatedAt(change.to(), createdAt))
                            .set(Jobs.STATUS_HISTORY, history.entries())
                            .set(Jobs.STATUS_HISTORY_COUNT, history.count())
                            .set(Jobs.UPDATED_AT, instant(event.time()));
                    if (change.to() == JobStatus.Applied && !item.containsKey(Jobs.POSTING_AS_APPLIED)) {
                        // the application goes out: the posting as it is now is kept (once: a job moved back and
                        // applied again keeps the first), so that later edits of the description leave it
                        update.setIfPresent(Jobs.POSTING_AS_APPLIED, JobAttributes.postingAsApplied(
                                textOf(item, Jobs.JOB_DESCRIPTION), textOf(item, Jobs.URL), event.time()));
                    }
                    if (change.isBySystem()) {
                        update.set(Jobs.STATUS_SET_BY, text(change.markedBy().spelling()));
                    } else {
                        update.remove(Jobs.STATUS_SET_BY);
                    }
                    // the index key was computed from this created_at, and the history from this item
                    String sameCreation = update.name(Jobs.CREATED_AT) + " = "
                            + update.value("expected_created_at", text(createdAt));
                    String unchanged = LogPosition.isItemAt(update, item);
                    var write = dynamoDb.updateItem(update.toRequest(table, key, position, liveJob(update) + " AND "
                            + sameCreation + " AND " + unchanged + " AND " + LogPosition.IS_NEWER_THAN_ITEM));
                    if (attemptsLeft <= 1) {
                        return ConditionalWrite.outcomeOf(write);
                    }
                    return ConditionalWrite.outcomeOf(write)
                            .thenCompose(outcome -> outcome == ProjectionOutcome.SKIPPED
                                    ? statusChanged(event, change, position, attemptsLeft - 1)
                                    : CompletableFuture.completedFuture(outcome));
                });
    }

    /**
     * Replaces the job's pinned documents by the event's set (removes them when it is empty) and moves
     * {@code updated_at}. The event carries the whole set, so the write needs no read: conditional on a live job
     * and on the event being newer than the item, a redelivery or replay changes nothing.
     */
    public CompletableFuture<ProjectionOutcome> documentsPinned(EventEnvelope event, JobDocumentsPinned pinned,
            LogPosition position) {
        Map<String, AttributeValue> key = JobAttributes.key(event.userid(), pinned.jobId());
        AttributeValue documents = JobAttributes.documents(pinned.documents());
        ItemUpdate update = new ItemUpdate().set(Jobs.UPDATED_AT, instant(event.time()));
        if (documents == null) {
            update.remove(Jobs.DOCUMENTS);
        } else {
            update.set(Jobs.DOCUMENTS, documents);
        }
        return ConditionalWrite.outcomeOf(dynamoDb.updateItem(update.toRequest(table, key, position,
                liveJob(update) + " AND " + LogPosition.IS_NEWER_THAN_ITEM)));
    }

    /**
     * Replaces the job by a tombstone: keys, {@code deleted}, {@code expires_at}, {@code deleted_at}, the
     * position, and the job's attributes nested in {@code restorable} (what a restore brings back). Without
     * top-level status or created_at it is in none of the live indexes, so queries never see it, while it
     * still stops an older replayed event from bringing the job back until TTL removes it; its
     * {@code deleted_at} puts it in the per-user deleted index. The live item is read first (the tombstone
     * copies it) and the write is conditional on the item still being the one read, re-decided on a fresh
     * read if another writer got there first. A delete of a job never seen leaves a bare tombstone.
     */
    public CompletableFuture<ProjectionOutcome> deleted(EventEnvelope event, JobDeleted job, LogPosition position) {
        return deleted(event, job, position, MAX_READ_ATTEMPTS);
    }

    private CompletableFuture<ProjectionOutcome> deleted(EventEnvelope event, JobDeleted job, LogPosition position,
            int attemptsLeft) {
        Map<String, AttributeValue> key = JobAttributes.key(event.userid(), job.jobId());
        return dynamoDb.getItem(GetItemRequest.builder().tableName(table).key(key).consistentRead(true).build())
                .thenCompose(found -> {
                    Map<String, AttributeValue> item = found.hasItem() ? found.item() : Map.of();
                    if (item.containsKey(Jobs.DELETED) || position.isNotAfter(item)) {
                        return CompletableFuture.completedFuture(ProjectionOutcome.SKIPPED);
                    }
                    long expiresAt = clock.instant().plus(tombstones.lifetime()).getEpochSecond();
                    ItemUpdate update = new ItemUpdate()
                            .set(Jobs.DELETED, AttributeValue.fromBool(true))
                            .set(Jobs.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt)));
                    String condition;
                    if (item.isEmpty()) {
                        condition = "attribute_not_exists(" + update.name(Jobs.JOB_ID) + ")";
                    } else {
                        Map<String, AttributeValue> restorable = new HashMap<>();
                        item.forEach((name, value) -> {
                            if (!NOT_RESTORABLE.contains(name)) {
                                update.remove(name);
                                if (!DROPPED_ON_DELETE.contains(name)) {
                                    restorable.put(name, value);
                                }
                            }
                        });
                        update.set(Jobs.RESTORABLE, AttributeValue.fromM(restorable))
                                .set(Jobs.DELETED_AT, text(JobAttributes.sortableInstant(event.time())))
                                .remove(Jobs.COMPANY_KEY)
                                .remove(Jobs.STATUS_CREATED_AT);
                        condition = LogPosition.isItemAt(update, item) + " AND " + LogPosition.IS_NEWER_THAN_ITEM;
                    }
                    var write = ConditionalWrite.outcomeOf(dynamoDb.updateItem(
                            update.toRequest(table, key, position, condition)));
                    return attemptsLeft <= 1 ? write : write.thenCompose(outcome -> outcome == ProjectionOutcome.SKIPPED
                            ? deleted(event, job, position, attemptsLeft - 1)
                            : CompletableFuture.completedFuture(outcome));
                });
    }

    private static String liveJob(ItemUpdate update) {
        update.name(Jobs.JOB_ID);
        update.name(Jobs.DELETED);
        return LIVE_JOB;
    }

    private static boolean isGiven(JobUpdated job, String field) {
        return switch (field) {
            case "location" -> job.location() != null;
            case "salary_range" -> job.salaryRange() != null;
            case "applied_date" -> job.appliedDate() != null;
            case "url" -> job.url() != null;
            case "notes" -> job.notes() != null;
            case "interview_at" -> job.interviewAt() != null;
            case "follow_up_at" -> job.followUpAt() != null;
            case "tags" -> job.tags() != null;
            case "job_description" -> job.jobDescription() != null;
            case "source" -> job.source() != null;
            default -> false;
        };
    }

    /** {@link EnrichmentInputs#hash} of the description, what a {@code JobEnriched} result must match. */
    static AttributeValue descriptionHash(String jobDescription) {
        return jobDescription == null ? null : AttributeValue.fromS(EnrichmentInputs.hash(jobDescription));
    }

    private static String textOf(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null ? null : value.s();
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String attribute, AttributeValue value) {
        if (value != null) {
            item.put(attribute, value);
        }
    }
}
