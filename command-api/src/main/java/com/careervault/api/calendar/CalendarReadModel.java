package com.careervault.api.calendar;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.time.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * What the calendar reads of the read model: a user's interviews ({@code CareerVault-Interviews}, written by
 * the projector) and the few job attributes an event needs (company, position, follow-up date, whether the
 * job is live). Every call is keyed by the token's subject (or the subscription's owner) and ids the caller
 * checked, so a failure is the store's (503, {@link DynamoDbCalls}).
 */
@Component
class CalendarReadModel {

    private static final String STORE = "read model";

    private final DynamoDbAsyncClient dynamo;
    private final String interviewsTable;
    private final String jobsTable;

    CalendarReadModel(DynamoDbAsyncClient dynamo, CalendarProperties calendar, DynamoDbProperties dynamoDb) {
        this.dynamo = dynamo;
        this.interviewsTable = calendar.interviewsTable();
        this.jobsTable = dynamoDb.jobsTable();
    }

    /**
     * One job as the calendar needs it.
     *
     * @param followUpAt the follow-up date, null when none
     * @param changedAt when the item last changed (updated, created or deleted), for Last-Modified
     */
    record Job(String jobId, String company, String position, Instant followUpAt, boolean deleted,
            Instant changedAt) {
    }

    /**
     * One interview item ({@link Interviews}).
     *
     * @param changedAt updated_at, or created_at before any change
     */
    record Interview(String jobId, String interviewId, Instant startsAt, String timeZone, int durationMinutes,
            String kind, String location, String meetingUrl, String notes, boolean cancelled, int sequence,
            Instant changedAt) {

        /** Without the personal fields (location, link, notes): they must never reach a log. */
        @Override
        public String toString() {
            return "Interview[jobId=" + jobId + ", interviewId=" + interviewId + ", startsAt=" + startsAt
                    + ", sequence=" + sequence + ", cancelled=" + cancelled + "]";
        }
    }

    /** The user's interviews that start at or after {@code from}, by start (the index, eventually consistent). */
    Mono<List<Interview>> interviewsFrom(String userId, Instant from) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(interviewsTable)
                .indexName(Interviews.USER_STARTS_AT_INDEX)
                .keyConditionExpression("#user = :user AND #start >= :from")
                .expressionAttributeNames(Map.of("#user", Interviews.USER_ID, "#start", Interviews.STARTS_AT))
                .expressionAttributeValues(Map.of(":user", s(userId), ":from", s(Timestamps.format(from))));
        return all(query, CalendarReadModel::interview);
    }

    /** One interview of the user, read consistently; empty when the user has none with these ids. */
    Mono<Optional<Interview>> interview(String userId, String jobId, String interviewId) {
        return DynamoDbCalls.call(STORE, null, () -> dynamo.getItem(r -> r.tableName(interviewsTable)
                        .consistentRead(true).key(Map.of(Interviews.USER_ID, s(userId), Interviews.INTERVIEW_KEY,
                                s(Interviews.key(jobId, interviewId))))))
                .map(response -> response.hasItem() && !response.item().isEmpty()
                        ? Optional.of(interview(response.item())) : Optional.empty());
    }

    /** Every job item of the user (tombstones included), by id. */
    Mono<Map<String, Job>> jobs(String userId) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(jobsTable)
                .keyConditionExpression("#user = :user")
                .projectionExpression(String.join(", ", JOB_ATTRIBUTES.keySet()))
                .expressionAttributeNames(names(Map.of("#user", Jobs.USER_ID)))
                .expressionAttributeValues(Map.of(":user", s(userId)));
        return all(query, CalendarReadModel::job).map(jobs -> {
            Map<String, Job> byId = new HashMap<>();
            jobs.forEach(job -> byId.put(job.jobId(), job));
            return byId;
        });
    }

    /** One job item of the user, read consistently; empty when there is none. */
    Mono<Optional<Job>> job(String userId, String jobId) {
        return DynamoDbCalls.call(STORE, null, () -> dynamo.getItem(r -> r.tableName(jobsTable).consistentRead(true)
                        .key(Map.of(Jobs.USER_ID, s(userId), Jobs.JOB_ID, s(jobId)))
                        .projectionExpression(String.join(", ", JOB_ATTRIBUTES.keySet()))
                        .expressionAttributeNames(names(Map.of()))))
                .map(response -> response.hasItem() && !response.item().isEmpty()
                        ? Optional.of(job(response.item())) : Optional.empty());
    }

    /** Placeholders of the job attributes read (some are reserved words, such as {@code position}). */
    private static final Map<String, String> JOB_ATTRIBUTES = Map.of("#job", Jobs.JOB_ID, "#company", Jobs.COMPANY,
            "#position", Jobs.POSITION, "#follow", Jobs.FOLLOW_UP_AT, "#deleted", Jobs.DELETED,
            "#created", Jobs.CREATED_AT, "#updated", Jobs.UPDATED_AT, "#deletedAt", Jobs.DELETED_AT);

    private static Map<String, String> names(Map<String, String> more) {
        Map<String, String> names = new HashMap<>(JOB_ATTRIBUTES);
        names.putAll(more);
        return names;
    }

    private <T> Mono<List<T>> all(QueryRequest.Builder query, Function<Map<String, AttributeValue>, T> read) {
        List<T> found = new ArrayList<>();
        return page(query, null, read, found).thenReturn(found);
    }

    private <T> Mono<Void> page(QueryRequest.Builder query, Map<String, AttributeValue> start,
            Function<Map<String, AttributeValue>, T> read, List<T> found) {
        QueryRequest request = query.exclusiveStartKey(start).build();
        return DynamoDbCalls.call(STORE, null, () -> dynamo.query(request)).flatMap(response -> {
            response.items().forEach(item -> found.add(read.apply(item)));
            return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? page(query, response.lastEvaluatedKey(), read, found) : Mono.empty();
        });
    }

    private static Interview interview(Map<String, AttributeValue> item) {
        String key = item.get(Interviews.INTERVIEW_KEY).s();
        String jobId = text(item, Interviews.JOB_ID);
        String interviewId = text(item, Interviews.INTERVIEW_ID);
        return new Interview(jobId != null ? jobId : key.substring(0, key.indexOf('#')),
                interviewId != null ? interviewId : key.substring(key.indexOf('#') + 1),
                Timestamps.parse(item.get(Interviews.STARTS_AT).s()), text(item, Interviews.TIME_ZONE),
                Integer.parseInt(item.get(Interviews.DURATION_MINUTES).n()), text(item, Interviews.KIND),
                text(item, Interviews.LOCATION), text(item, Interviews.MEETING_URL), text(item, Interviews.NOTES),
                Interviews.CANCELLED.equals(text(item, Interviews.STATUS)),
                item.containsKey(Interviews.SEQUENCE) ? Integer.parseInt(item.get(Interviews.SEQUENCE).n()) : 0,
                latest(time(item, Interviews.UPDATED_AT), time(item, Interviews.CREATED_AT)));
    }

    private static Job job(Map<String, AttributeValue> item) {
        boolean deleted = item.containsKey(Jobs.DELETED) && Boolean.TRUE.equals(item.get(Jobs.DELETED).bool());
        return new Job(item.get(Jobs.JOB_ID).s(), text(item, Jobs.COMPANY), text(item, Jobs.POSITION),
                time(item, Jobs.FOLLOW_UP_AT), deleted,
                latest(time(item, Jobs.UPDATED_AT), time(item, Jobs.CREATED_AT), time(item, Jobs.DELETED_AT)));
    }

    private static Instant latest(Instant... times) {
        return Stream.of(times).filter(time -> time != null).max(Instant::compareTo).orElse(null);
    }

    private static Instant time(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null || value.isBlank() ? null : Timestamps.parse(value);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
