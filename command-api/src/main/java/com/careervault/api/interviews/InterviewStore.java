package com.careervault.api.interviews;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.api.events.AppendedEvent;
import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.interviews.InterviewLimits;
import com.careervault.contracts.time.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads interviews ({@code CareerVault-Interviews}), and what commands on them are decided against: the job
 * (live, the caller's) and the caller's contacts ({@code CareerVault-Contacts}). Reads that decide a command, and
 * one job's list, are strongly consistent; the upcoming list uses the per-user start index (eventually
 * consistent).
 */
@Component
public class InterviewStore {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    /** Index pages read for one upcoming list at most (each up to 100 items). */
    private static final int MAX_UPCOMING_PAGES = 10;

    private final DynamoDbAsyncClient dynamo;
    private final String table;
    private final String jobsTable;

    public InterviewStore(DynamoDbAsyncClient dynamo, InterviewsProperties interviews, DynamoDbProperties tables) {
        this.dynamo = dynamo;
        this.table = interviews.interviewsTable();
        this.jobsTable = tables.jobsTable();
    }

    /** Whether the caller has a live (not deleted) job with this id (consistent read). */
    Mono<Boolean> jobIsLive(String userId, String jobId) {
        return call(() -> dynamo.getItem(r -> r.tableName(jobsTable).consistentRead(true)
                        .key(Map.of(Jobs.USER_ID, s(userId), Jobs.JOB_ID, s(jobId)))
                        .projectionExpression("#j, #d")
                        .expressionAttributeNames(Map.of("#j", Jobs.JOB_ID, "#d", Jobs.DELETED))))
                .map(found -> found.hasItem() && !found.item().isEmpty() && !found.item().containsKey(Jobs.DELETED));
    }

    /** Every interview of one job (cancelled ones included), earliest start first (consistent read). */
    public Mono<List<InterviewView>> forJob(String userId, String jobId) {
        return itemsOfJob(userId, jobId).map(items -> items.stream().map(InterviewView::of)
                .sorted(Comparator.comparing(InterviewView::startsAt).thenComparing(InterviewView::interviewId))
                .toList());
    }

    /** Every interview of the caller (any job, deleted ones' too), in key order, a page at a time (consistent). */
    public Flux<InterviewView> all(String userId) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", Interviews.USER_ID))
                .expressionAttributeValues(Map.of(":u", s(userId)));
        return page(query, null)
                .expand(response -> response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? page(query, response.lastEvaluatedKey()) : Mono.empty(), 1)
                .concatMapIterable(QueryResponse::items)
                .map(InterviewView::of);
    }

    private Mono<QueryResponse> page(QueryRequest.Builder query, Map<String, AttributeValue> start) {
        QueryRequest request = query.exclusiveStartKey(start).build();
        return call(() -> dynamo.query(request));
    }

    /** The raw items of one job's interviews; at most {@link InterviewLimits#PER_JOB_MAX}, so one page. */
    Mono<List<Map<String, AttributeValue>>> itemsOfJob(String userId, String jobId) {
        return call(() -> dynamo.query(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("#u = :u AND begins_with(#k, :job)")
                        .expressionAttributeNames(Map.of("#u", Interviews.USER_ID, "#k", Interviews.INTERVIEW_KEY))
                        .expressionAttributeValues(Map.of(":u", s(userId), ":job", s(jobId + "#")))))
                .map(QueryResponse::items);
    }

    /** One interview's item (consistent read), empty when there is none. */
    Mono<Optional<Map<String, AttributeValue>>> find(String userId, String jobId, String interviewId) {
        return call(() -> dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Map.of(
                        Interviews.USER_ID, s(userId), Interviews.INTERVIEW_KEY,
                        s(Interviews.key(jobId, interviewId))))))
                .map(found -> found.hasItem() && !found.item().isEmpty() ? Optional.of(found.item())
                        : Optional.empty());
    }

    /** The interview once the read model reflects {@code event}; empty when {@code wait} runs out first. */
    Mono<InterviewView> awaitProjection(String userId, String jobId, String interviewId, AppendedEvent event,
            Duration wait) {
        return find(userId, jobId, interviewId)
                .filter(found -> found.isPresent() && reflects(found.get(), event))
                .map(found -> InterviewView.of(found.get()))
                .repeatWhenEmpty(Integer.MAX_VALUE, attempts -> attempts.delayElements(POLL_INTERVAL))
                .timeout(wait, Mono.empty());
    }

    /**
     * The caller's scheduled interviews that have not ended by {@code now} ({@code starts_at + duration >= now})
     * on live jobs, earliest first, at most {@code limit}, each with its job's company and position.
     */
    Mono<List<InterviewView>> upcoming(String userId, Instant now, int limit) {
        String from = Timestamps.format(now.minus(Duration.ofMinutes(InterviewLimits.DURATION_MINUTES_MAX)));
        QueryRequest.Builder query = QueryRequest.builder().tableName(table)
                .indexName(Interviews.USER_STARTS_AT_INDEX)
                .keyConditionExpression("#u = :u AND #s >= :from")
                .filterExpression("#st = :scheduled")
                .expressionAttributeNames(Map.of("#u", Interviews.USER_ID, "#s", Interviews.STARTS_AT,
                        "#st", Interviews.STATUS))
                .expressionAttributeValues(Map.of(":u", s(userId), ":from", s(from),
                        ":scheduled", s(Interviews.SCHEDULED)))
                .limit(100);
        return upcomingPages(query, null, userId, now, limit, new ArrayList<>(), 0);
    }

    private Mono<List<InterviewView>> upcomingPages(QueryRequest.Builder query, Map<String, AttributeValue> start,
            String userId, Instant now, int limit, List<InterviewView> found, int pages) {
        QueryRequest request = query.exclusiveStartKey(start).build();
        return call(() -> dynamo.query(request)).flatMap(response -> {
            List<InterviewView> notEnded = response.items().stream().map(InterviewView::of)
                    .filter(view -> !Timestamps.parse(view.startsAt()).plus(Duration.ofMinutes(view.durationMinutes()))
                            .isBefore(now))
                    .toList();
            return withLiveJobs(userId, notEnded).flatMap(onLiveJobs -> {
                found.addAll(onLiveJobs);
                boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
                if (found.size() >= limit || !more || pages + 1 >= MAX_UPCOMING_PAGES) {
                    return Mono.just(found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found));
                }
                return upcomingPages(query, response.lastEvaluatedKey(), userId, now, limit, found, pages + 1);
            });
        });
    }

    /** The interviews whose job is live, with the job's company and position. */
    private Mono<List<InterviewView>> withLiveJobs(String userId, List<InterviewView> interviews) {
        if (interviews.isEmpty()) {
            return Mono.just(List.of());
        }
        List<Map<String, AttributeValue>> keys = interviews.stream().map(InterviewView::jobId).distinct()
                .map(jobId -> Map.of(Jobs.USER_ID, s(userId), Jobs.JOB_ID, s(jobId))).toList();
        return batchGet(jobsTable, keys, new ArrayList<>(), 0).map(jobs -> {
            Map<String, Map<String, AttributeValue>> live = new HashMap<>();
            jobs.stream().filter(job -> !job.containsKey(Jobs.DELETED))
                    .forEach(job -> live.put(job.get(Jobs.JOB_ID).s(), job));
            return interviews.stream().filter(view -> live.containsKey(view.jobId()))
                    .map(view -> view.withJob(live.get(view.jobId()).get(Jobs.COMPANY).s(),
                            live.get(view.jobId()).get(Jobs.POSITION).s()))
                    .toList();
        });
    }

    /** Consistent BatchGetItem of up to 100 keys of one table, retrying unprocessed keys. */
    private Mono<List<Map<String, AttributeValue>>> batchGet(String tableName, List<Map<String, AttributeValue>> keys,
            List<Map<String, AttributeValue>> found, int attempt) {
        if (keys.isEmpty()) {
            return Mono.just(found);
        }
        return call(() -> dynamo.batchGetItem(r -> r.requestItems(Map.of(tableName,
                        KeysAndAttributes.builder().keys(keys).consistentRead(true).build()))))
                .flatMap(response -> {
                    found.addAll(response.responses().getOrDefault(tableName, List.of()));
                    KeysAndAttributes unprocessed = response.unprocessedKeys().get(tableName);
                    if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
                        return Mono.just(found);
                    }
                    return Mono.delay(Duration.ofMillis(50L << Math.min(attempt, 5)))
                            .then(batchGet(tableName, unprocessed.keys(), found, attempt + 1));
                });
    }

    private static boolean reflects(Map<String, AttributeValue> item, AppendedEvent event) {
        AttributeValue partition = item.get(Position.PARTITION);
        AttributeValue offset = item.get(Position.OFFSET);
        return partition != null && offset != null && Integer.parseInt(partition.n()) == event.partition()
                && Long.parseLong(offset.n()) >= event.offset();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    /** A call that carries nothing the client sent unchecked: a refusal is our fault (see DynamoDbCalls). */
    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return DynamoDbCalls.call("interview store", null, request);
    }
}
