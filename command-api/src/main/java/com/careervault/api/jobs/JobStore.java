package com.careervault.api.jobs;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.api.events.AppendedEvent;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.search.CompanySearchKeys;
import com.careervault.contracts.search.TagKeys;
import com.careervault.contracts.time.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads jobs from the read model. Reads that decide a command are strongly
 * consistent; listings use the per-user indexes, which are eventually consistent.
 */
@Component
public class JobStore {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final int MAX_PAGES_PER_LISTING = 20;

    private final DynamoDbAsyncClient dynamo;
    private final String table;
    private final JobCursor cursors;
    private final JobSearch companySearch;
    private final JobSearch tagSearch;

    public JobStore(DynamoDbAsyncClient dynamo, DynamoDbProperties properties, JsonMapper json,
            CursorProperties cursorProperties) {
        this.dynamo = dynamo;
        this.table = properties.jobsTable();
        this.cursors = new JobCursor(cursorProperties.secret(), json);
        this.companySearch = new JobSearch(dynamo, properties.jobsTable(),
                JobSearch.Index.companySearch(properties.companySearchTable()), cursors);
        this.tagSearch = new JobSearch(dynamo, properties.jobsTable(),
                JobSearch.Index.jobTags(properties.jobTagsTable()), cursors);
    }

    /** The caller's job, tombstones included; empty when the caller has no item with this id. */
    Mono<Optional<StoredJob>> find(String userId, String jobId) {
        return call(() -> dynamo.getItem(r -> r.tableName(table).key(JobItems.key(userId, jobId)).consistentRead(true)))
                .map(response -> response.hasItem() && !response.item().isEmpty()
                        ? Optional.of(JobItems.stored(response.item()))
                        : Optional.<StoredJob>empty());
    }

    /**
     * Which of {@code jobIds} (at most 100) are live jobs of the caller, read consistently: for commands of
     * other features that link to jobs (a contact's {@code job_ids}).
     */
    public Mono<Set<String>> liveJobIds(String userId, List<String> jobIds) {
        return findLive(userId, jobIds).map(found -> Set.copyOf(found.keySet()));
    }

    /** The caller's live (not deleted) jobs among {@code jobIds}, by id, read consistently. */
    Mono<Map<String, StoredJob>> findLive(String userId, List<String> jobIds) {
        return findAll(userId, jobIds).map(found -> {
            found.values().removeIf(StoredJob::deleted);
            return found;
        });
    }

    /** The caller's items among {@code jobIds}, tombstones included, by id, read consistently. */
    Mono<Map<String, StoredJob>> findAll(String userId, List<String> jobIds) {
        List<Map<String, AttributeValue>> keys = jobIds.stream().map(id -> JobItems.key(userId, id)).toList();
        return batchGet(keys, new HashMap<>(), 0);
    }

    private Mono<Map<String, StoredJob>> batchGet(List<Map<String, AttributeValue>> keys,
            Map<String, StoredJob> found, int attempt) {
        if (keys.isEmpty()) {
            return Mono.just(found);
        }
        return call(() -> dynamo.batchGetItem(r -> r.requestItems(Map.of(table,
                        KeysAndAttributes.builder().keys(keys).consistentRead(true).build()))))
                .flatMap(response -> {
                    response.responses().getOrDefault(table, List.of())
                            .forEach(item -> found.put(item.get(Jobs.JOB_ID).s(), JobItems.stored(item)));
                    KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
                    if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
                        return Mono.just(found);
                    }
                    // throttled keys come back unprocessed: retry them with a growing pause
                    return Mono.delay(Duration.ofMillis(50L << Math.min(attempt, 5)))
                            .then(batchGet(unprocessed.keys(), found, attempt + 1));
                });
    }

    /**
     * The caller's jobs, newest first, optionally with one status and either a company query or a
     * tag. Every combination is served by an index of its own (no filter expressions): by creation
     * time, by status, or through {@link JobSearch} by company or by tag (and status).
     *
     * @throws InvalidRequestException on {@code cursor} for a cursor this API did not issue to the
     *         caller for this listing, on {@code company} for a query without a letter or digit, on
     *         {@code tag} when given with {@code company} or when it is not well-formed text
     */
    Mono<JobPage> list(String userId, JobStatus status, String company, String tag, int limit, String cursor) {
        if (company != null && tag != null) {
            throw new InvalidRequestException("tag", "cannot be combined with company: filter by one of them "
                    + "(each combines with status)");
        }
        if (company != null) {
            String key = CompanySearchKeys.keyOf(company).orElseThrow(() ->
                    new InvalidRequestException("company", "must contain at least one letter or digit"));
            return companySearch.list(userId, status, key, limit, cursor);
        }
        if (tag != null) {
            String key;
            try {
                key = TagKeys.keyOf(tag).orElseThrow(() -> new InvalidRequestException("tag", "must not be blank"));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("tag", e.getMessage());
            }
            return tagSearch.list(userId, status, key, limit, cursor);
        }
        String listing = status == null ? "jobs" : "jobs?status=" + status.spelling();
        String sortKey = status == null ? Jobs.CREATED_AT : Jobs.STATUS_CREATED_AT;
        Map<String, AttributeValue> start = cursor == null ? null
                : cursors.decode(cursor, userId, listing, Set.of(Jobs.USER_ID, Jobs.JOB_ID, sortKey));
        Map<String, String> names = new HashMap<>(Map.of("#u", Jobs.USER_ID));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":u", AttributeValue.fromS(userId)));
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).scanIndexForward(false);
        if (status != null) {
            names.put("#sc", Jobs.STATUS_CREATED_AT);
            values.put(":prefix", AttributeValue.fromS(status.spelling() + "#"));
            query.indexName(Jobs.USER_STATUS_INDEX).keyConditionExpression("#u = :u AND begins_with(#sc, :prefix)");
        } else {
            query.indexName(Jobs.USER_CREATED_AT_INDEX).keyConditionExpression("#u = :u");
        }
        query.expressionAttributeNames(names).expressionAttributeValues(values);
        return collect(query, userId, listing, cursor == null ? null : "cursor", start, limit, JobItems::view,
                new ArrayList<>(), 0).map(page -> new JobPage(page.items(), page.items().size(), page.nextCursor()));
    }

    /**
     * The caller's restorable tombstones, newest deletion first, from the sparse per-user deleted index
     * (only tombstones that kept their job are in it); tombstones past their {@code expires_at} are left out
     * (DynamoDB TTL removes them late, and never on dynalite).
     *
     * @throws com.careervault.api.problems.InvalidRequestException on {@code cursor} as {@link #list}
     */
    Mono<DeletedJobPage> listDeleted(String userId, Instant now, int limit, String cursor) {
        String listing = "jobs/deleted";
        Map<String, AttributeValue> start = cursor == null ? null
                : cursors.decode(cursor, userId, listing, Set.of(Jobs.USER_ID, Jobs.JOB_ID, Jobs.DELETED_AT));
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).scanIndexForward(false)
                .indexName(Jobs.USER_DELETED_AT_INDEX)
                .keyConditionExpression("#u = :u")
                .filterExpression("#e > :now")
                .expressionAttributeNames(Map.of("#u", Jobs.USER_ID, "#e", Jobs.EXPIRES_AT))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId),
                        ":now", AttributeValue.fromN(Long.toString(now.getEpochSecond()))));
        return collect(query, userId, listing, cursor == null ? null : "cursor", start, limit, JobStore::deletedView,
                new ArrayList<>(), 0)
                .map(page -> new DeletedJobPage(page.items(), page.items().size(), page.nextCursor()));
    }

    private static DeletedJobView deletedView(Map<String, AttributeValue> tombstone) {
        StoredJob.Restorable kept = JobItems.stored(tombstone).restorable();
        JobView job = kept.job();
        return new DeletedJobView(job.jobId(), job.company(), job.position(), job.status(),
                Timestamps.format(kept.deletedAt()), Timestamps.format(kept.expiresAt()));
    }

    /** Some items of a listing and the cursor continuing it (null when it is exhausted). */
    private record Collected<T>(List<T> items, String nextCursor) {
    }

    /** Follows pages until {@code limit} items were read or the index is exhausted. */
    private <T> Mono<Collected<T>> collect(QueryRequest.Builder query, String userId, String listing,
            String clientField, Map<String, AttributeValue> start, int limit,
            Function<Map<String, AttributeValue>, T> read, List<T> items, int pages) {
        QueryRequest request = query.exclusiveStartKey(start).limit(limit - items.size()).build();
        return DynamoDbCalls.call("job store", clientField, () -> dynamo.query(request)).flatMap(response -> {
            response.items().stream().map(read).forEach(items::add);
            Map<String, AttributeValue> last = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
            if (last == null) {
                return Mono.just(new Collected<>(items, null));
            }
            if (items.size() >= limit || pages + 1 >= MAX_PAGES_PER_LISTING) {
                return Mono.just(new Collected<>(items, cursors.encode(userId, listing, last)));
            }
            return collect(query, userId, listing, clientField, last, limit, read, items, pages + 1);
        });
    }

    /**
     * The caller's live jobs, oldest first, one index page at a time (at most {@code pageSize} jobs each), so
     * that a caller can stream them without holding them all. Read from the {@code user_id-created_at} index
     * (eventually consistent, tombstones are not in it); with {@code from} and/or {@code to}, only jobs whose
     * {@code applied_date} lies within them, both inclusive (a filter expression on the index's pages, which
     * may then come back shorter or empty). Always emits at least one page.
     */
    Flux<List<JobView>> pages(String userId, LocalDate from, LocalDate to, int pageSize) {
        Map<String, String> names = new HashMap<>(Map.of("#u", Jobs.USER_ID));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":u", AttributeValue.fromS(userId)));
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(Jobs.USER_CREATED_AT_INDEX)
                .keyConditionExpression("#u = :u").scanIndexForward(true).limit(pageSize);
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            values.put(":from", AttributeValue.fromS(from.toString()));
            conditions.add("#a >= :from");
        }
        if (to != null) {
            values.put(":to", AttributeValue.fromS(to.toString()));
            conditions.add("#a <= :to");
        }
        if (!conditions.isEmpty()) {
            names.put("#a", Jobs.APPLIED_DATE);
            query.filterExpression(String.join(" AND ", conditions));
        }
        query.expressionAttributeNames(names).expressionAttributeValues(values);
        return page(query, null)
                .expand(response -> response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? page(query, response.lastEvaluatedKey()) : Mono.empty())
                .map(response -> response.items().stream().map(JobItems::view).toList());
    }

    /** How many live jobs the caller has in each status (every status present, zero included). */
    Mono<Map<JobStatus, Long>> countByStatus(String userId) {
        Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            counts.put(status, 0L);
        }
        return queryAll(QueryRequest.builder().tableName(table).consistentRead(true)
                        .keyConditionExpression("#u = :u")
                        .filterExpression("attribute_not_exists(#d)")
                        .projectionExpression("#s")
                        .expressionAttributeNames(Map.of("#u", Jobs.USER_ID, "#d", Jobs.DELETED, "#s", Jobs.STATUS))
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId))))
                .filter(item -> item.containsKey(Jobs.STATUS))
                .reduce(counts, (all, item) -> {
                    all.merge(JobStatus.parse(item.get(Jobs.STATUS).s()), 1L, Long::sum);
                    return all;
                });
    }

    /**
     * The caller's live jobs with only what duplicate warnings and company histories need (id, company,
     * position, status, applied date, URL, creation time), from the caller's partition: one Query, paged, that
     * the account's limit of live jobs bounds (about 200 bytes a job).
     *
     * @param consistent a strongly consistent read (after waiting for the projector: read-your-writes), at twice
     *        the read capacity of an eventually consistent one
     */
    Mono<List<JobView>> liveSummaries(String userId, boolean consistent) {
        return queryAll(QueryRequest.builder().tableName(table).consistentRead(consistent)
                        .keyConditionExpression("#u = :u")
                        .filterExpression("attribute_not_exists(#d)")
                        .projectionExpression("#j, #c, #p, #s, #a, #l, #t")
                        .expressionAttributeNames(Map.of("#u", Jobs.USER_ID, "#d", Jobs.DELETED, "#j", Jobs.JOB_ID,
                                "#c", Jobs.COMPANY, "#p", Jobs.POSITION, "#s", Jobs.STATUS, "#a", Jobs.APPLIED_DATE,
                                "#l", Jobs.URL, "#t", Jobs.CREATED_AT))
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId))))
                .map(JobItems::view)
                .collectList();
    }

    private Flux<Map<String, AttributeValue>> queryAll(QueryRequest.Builder query) {
        return page(query, null).expand(response -> response.hasLastEvaluatedKey()
                        && !response.lastEvaluatedKey().isEmpty() ? page(query, response.lastEvaluatedKey()) : Mono.empty())
                .flatMapIterable(QueryResponse::items);
    }

    private Mono<QueryResponse> page(QueryRequest.Builder query, Map<String, AttributeValue> start) {
        QueryRequest request = query.exclusiveStartKey(start).build();
        return call(() -> dynamo.query(request));
    }

    /**
     * Waits up to {@code wait} for the projector to apply {@code event} to the
     * job's item; empty when it has not by then.
     */
    Mono<StoredJob> awaitProjection(String userId, String jobId, AppendedEvent event, Duration wait) {
        return find(userId, jobId)
                .filter(found -> found.isPresent() && found.get().reflects(event))
                .map(Optional::get)
                .repeatWhenEmpty(Integer.MAX_VALUE, attempts -> attempts.delayElements(POLL_INTERVAL))
                .timeout(wait, Mono.empty());
    }

    /** A call that carries nothing the client sent unchecked: a refusal is our fault (see DynamoDbCalls). */
    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return DynamoDbCalls.call("job store", null, request);
    }
}
