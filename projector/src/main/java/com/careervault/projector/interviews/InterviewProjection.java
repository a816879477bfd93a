package com.careervault.projector.interviews;

import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.InterviewArrangement;
import com.careervault.contracts.events.InterviewCancelled;
import com.careervault.contracts.events.InterviewOutcomeRecorded;
import com.careervault.contracts.events.InterviewRescheduled;
import com.careervault.contracts.events.InterviewScheduled;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.interviews.LegacyInterview;
import com.careervault.contracts.time.Timestamps;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.dynamodb.InterviewsProperties;
import com.careervault.projector.readmodel.ConditionalWrite;
import com.careervault.projector.readmodel.ItemUpdate;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Writes {@code CareerVault-Interviews} ({@link Interviews}): one item per interview, from the interview events
 * and from a job's legacy {@code interview_at} (the interview {@link LegacyInterview#id}).
 *
 * <p>Idempotent like the job items: an interview's first event is a put that never overwrites an existing item,
 * every later one an update conditional on the item's log position ({@link LogPosition#IS_NEWER_THAN_ITEM}), so a
 * redelivered or replayed event changes nothing, and in particular never raises {@link Interviews#SEQUENCE}
 * twice. A reschedule sets the whole new arrangement (status {@code scheduled}, sequence + 1); a cancellation of a
 * scheduled interview sets status {@code cancelled}, sequence + 1; an outcome only sets the outcome.
 *
 * <p>The legacy interview follows the protocol of the job's index entries: it is written before the job item for
 * the same event, and only while the job item is still before that event (absent for a creation, live and older
 * for an update), since the job item's position is what marks the event as applied. A job's deletion leaves its
 * interviews as they are (the API shows only those of live jobs); the account's erasure deletes them.
 */
@Component
public class InterviewProjection {

    private static final String NEW_ITEM = "attribute_not_exists(#" + Interviews.INTERVIEW_KEY + ")";

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;
    private final String jobsTable;

    public InterviewProjection(DynamoDbAsyncClient dynamoDb, InterviewsProperties interviews,
            DynamoDbProperties tables) {
        this.dynamoDb = dynamoDb;
        this.table = interviews.interviewsTable();
        this.jobsTable = tables.jobsTable();
    }

    /** A new interview: status {@code scheduled}, sequence 0; never over an existing item of the same id. */
    public CompletableFuture<ProjectionOutcome> scheduled(EventEnvelope event, InterviewScheduled interview,
            LogPosition position) {
        Map<String, AttributeValue> item = key(event.userid(), interview.jobId(), interview.interviewId());
        item.put(Interviews.JOB_ID, AttributeValue.fromS(interview.jobId()));
        item.put(Interviews.INTERVIEW_ID, AttributeValue.fromS(interview.interviewId()));
        item.put(Interviews.STARTS_AT, instant(interview.startsAt()));
        item.put(Interviews.TIME_ZONE, AttributeValue.fromS(interview.timeZone()));
        item.put(Interviews.DURATION_MINUTES, number(interview.durationMinutes()));
        item.put(Interviews.KIND, AttributeValue.fromS(interview.kind().spelling()));
        putIfPresent(item, Interviews.LOCATION, interview.location());
        putIfPresent(item, Interviews.MEETING_URL, interview.meetingUrl());
        item.put(Interviews.CONTACT_IDS, contactIds(interview.contactIds()));
        putIfPresent(item, Interviews.NOTES, interview.notes());
        item.put(Interviews.LEGACY, AttributeValue.fromBool(false));
        return putNew(item, event.time(), position);
    }

    /**
     * The whole new arrangement; status back to {@code scheduled} (a cancelled interview arranged again), sequence
     * + 1, {@code updated_at} the event's time; the outcome stays. Skipped for an interview never scheduled.
     */
    public CompletableFuture<ProjectionOutcome> rescheduled(EventEnvelope event, InterviewRescheduled interview,
            LogPosition position) {
        ItemUpdate update = arrangement(new ItemUpdate(), interview)
                .set(Interviews.STATUS, AttributeValue.fromS(Interviews.SCHEDULED))
                .increment(Interviews.SEQUENCE)
                .set(Interviews.UPDATED_AT, instant(event.time()));
        return update(update, event.userid(), interview.jobId(), interview.interviewId(), position, "");
    }

    /** Status {@code cancelled}, sequence + 1; skipped when it is not scheduled (never seen, or cancelled already). */
    public CompletableFuture<ProjectionOutcome> cancelled(EventEnvelope event, InterviewCancelled cancelled,
            LogPosition position) {
        return cancel(event, cancelled.jobId(), cancelled.interviewId(), position);
    }

    /** The outcome (a later one replaces it) and {@code updated_at}; nothing else changes. */
    public CompletableFuture<ProjectionOutcome> outcomeRecorded(EventEnvelope event, InterviewOutcomeRecorded outcome,
            LogPosition position) {
        ItemUpdate update = new ItemUpdate()
                .set(Interviews.OUTCOME, AttributeValue.fromS(outcome.outcome().spelling()))
                .set(Interviews.UPDATED_AT, instant(event.time()));
        return update(update, event.userid(), outcome.jobId(), outcome.interviewId(), position, "");
    }

    /** A new job's {@code interview_at} becomes its legacy interview, unless the job's item exists already. */
    public CompletableFuture<Void> jobCreated(EventEnvelope event, JobCreated job, LogPosition position) {
        if (job.interviewAt() == null) {
            return done();
        }
        return jobItem(event.userid(), job.jobId()).thenCompose(item -> item.isEmpty()
                ? putNew(legacyItem(event.userid(), job.jobId(), job.interviewAt()), event.time(), position)
                        .thenApply(outcome -> null)
                : done());
    }

    /**
     * A job's {@code interview_at} set: its legacy interview is scheduled (absent before) or rescheduled to the
     * new time (sequence + 1; nothing changes when it is scheduled at that time already). Cleared: the legacy
     * interview is cancelled. Only while the job is live and its item older than the event.
     */
    public CompletableFuture<Void> jobUpdated(EventEnvelope event, JobUpdated job, LogPosition position) {
        boolean cleared = job.interviewAt() == null && job.cleared().contains("interview_at");
        if (job.interviewAt() == null && !cleared) {
            return done();
        }
        return jobItem(event.userid(), job.jobId()).thenCompose(item -> {
            if (item.isEmpty() || item.containsKey(Jobs.DELETED) || position.isNotAfter(item)) {
                return done();
            }
            String interviewId = LegacyInterview.id(job.jobId());
            if (cleared) {
                return cancel(event, job.jobId(), interviewId, position).thenApply(outcome -> null);
            }
            ItemUpdate update = new ItemUpdate()
                    .set(Interviews.STARTS_AT, instant(job.interviewAt()))
                    .set(Interviews.STATUS, AttributeValue.fromS(Interviews.SCHEDULED))
                    .increment(Interviews.SEQUENCE)
                    .set(Interviews.UPDATED_AT, instant(event.time()));
            // a change that repeats the time it is scheduled at (a PUT of the whole job) is no reschedule
            String moved = " AND (" + update.name(Interviews.STATUS) + " <> "
                    + update.value("was_scheduled", AttributeValue.fromS(Interviews.SCHEDULED)) + " OR "
                    + update.name(Interviews.STARTS_AT) + " <> " + update.value("same_start", instant(job.interviewAt()))
                    + ")";
            return update(update, event.userid(), job.jobId(), interviewId, position, moved)
                    .thenCompose(outcome -> outcome == ProjectionOutcome.APPLIED ? done()
                            // not moved: absent (scheduled now), unchanged or newer (the put is refused)
                            : putNew(legacyItem(event.userid(), job.jobId(), job.interviewAt()), event.time(),
                                    position).thenApply(ignored -> null));
        });
    }

    private CompletableFuture<ProjectionOutcome> cancel(EventEnvelope event, String jobId, String interviewId,
            LogPosition position) {
        ItemUpdate update = new ItemUpdate()
                .set(Interviews.STATUS, AttributeValue.fromS(Interviews.CANCELLED))
                .increment(Interviews.SEQUENCE)
                .set(Interviews.UPDATED_AT, instant(event.time()));
        String scheduled = " AND " + update.name(Interviews.STATUS) + " = "
                + update.value("scheduled", AttributeValue.fromS(Interviews.SCHEDULED));
        return update(update, event.userid(), jobId, interviewId, position, scheduled);
    }

    /** The legacy interview's attributes: {@link LegacyInterview}'s id, zone and duration, kind other. */
    private static Map<String, AttributeValue> legacyItem(String userId, String jobId, Instant startsAt) {
        String interviewId = LegacyInterview.id(jobId);
        Map<String, AttributeValue> item = key(userId, jobId, interviewId);
        item.put(Interviews.JOB_ID, AttributeValue.fromS(jobId));
        item.put(Interviews.INTERVIEW_ID, AttributeValue.fromS(interviewId));
        item.put(Interviews.STARTS_AT, instant(startsAt));
        item.put(Interviews.TIME_ZONE, AttributeValue.fromS(LegacyInterview.ZONE.getId()));
        item.put(Interviews.DURATION_MINUTES, number(LegacyInterview.DURATION_MINUTES));
        item.put(Interviews.KIND, AttributeValue.fromS(InterviewKind.OTHER.spelling()));
        item.put(Interviews.CONTACT_IDS, contactIds(List.of()));
        item.put(Interviews.LEGACY, AttributeValue.fromBool(true));
        return item;
    }

    /** Adds status {@code scheduled}, sequence 0, {@code created_at} and the position; puts unless it exists. */
    private CompletableFuture<ProjectionOutcome> putNew(Map<String, AttributeValue> item, Instant time,
            LogPosition position) {
        item.put(Interviews.STATUS, AttributeValue.fromS(Interviews.SCHEDULED));
        item.put(Interviews.SEQUENCE, number(0));
        item.put(Interviews.CREATED_AT, instant(time));
        item.putAll(position.attributes());
        return ConditionalWrite.outcomeOf(dynamoDb.putItem(PutItemRequest.builder()
                .tableName(table)
                .item(item)
                .conditionExpression(NEW_ITEM)
                .expressionAttributeNames(Map.of("#" + Interviews.INTERVIEW_KEY, Interviews.INTERVIEW_KEY))
                .build()));
    }

    /** An update of an existing interview, newer than the item, on {@code extraCondition} (" AND ..." or ""). */
    private CompletableFuture<ProjectionOutcome> update(ItemUpdate update, String userId, String jobId,
            String interviewId, LogPosition position, String extraCondition) {
        String exists = "attribute_exists(" + update.name(Interviews.INTERVIEW_KEY) + ")";
        return ConditionalWrite.outcomeOf(dynamoDb.updateItem(update.toRequest(table, key(userId, jobId, interviewId),
                position, exists + extraCondition + " AND " + LogPosition.IS_NEWER_THAN_ITEM)));
    }

    /** The arrangement's fields; optional ones absent in the event are removed. */
    private static ItemUpdate arrangement(ItemUpdate update, InterviewArrangement interview) {
        update.set(Interviews.STARTS_AT, instant(interview.startsAt()))
                .set(Interviews.TIME_ZONE, AttributeValue.fromS(interview.timeZone()))
                .set(Interviews.DURATION_MINUTES, number(interview.durationMinutes()))
                .set(Interviews.KIND, AttributeValue.fromS(interview.kind().spelling()))
                .set(Interviews.CONTACT_IDS, contactIds(interview.contactIds()));
        update.setOrRemove(Interviews.LOCATION, interview.location());
        update.setOrRemove(Interviews.MEETING_URL, interview.meetingUrl());
        update.setOrRemove(Interviews.NOTES, interview.notes());
        return update;
    }

    /** The job's item (consistent read: its position is the commit mark), empty when there is none. */
    private CompletableFuture<Map<String, AttributeValue>> jobItem(String userId, String jobId) {
        return dynamoDb.getItem(request -> request.tableName(jobsTable).consistentRead(true).key(Map.of(
                        Jobs.USER_ID, AttributeValue.fromS(userId), Jobs.JOB_ID, AttributeValue.fromS(jobId))))
                .thenApply(found -> found.hasItem() ? found.item() : Map.of());
    }

    private static Map<String, AttributeValue> key(String userId, String jobId, String interviewId) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(Interviews.USER_ID, AttributeValue.fromS(userId));
        key.put(Interviews.INTERVIEW_KEY, AttributeValue.fromS(Interviews.key(jobId, interviewId)));
        return key;
    }

    private static AttributeValue instant(Instant value) {
        return AttributeValue.fromS(Timestamps.format(value));
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }

    private static AttributeValue contactIds(List<String> ids) {
        return AttributeValue.fromL(ids.stream().map(AttributeValue::fromS).toList());
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String attribute, String value) {
        if (value != null) {
            item.put(attribute, AttributeValue.fromS(value));
        }
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
