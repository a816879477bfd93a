package com.careervault.api.jobs;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.dynamodb.ReadModel.JobTags;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.search.CompanySearchKeys;
import com.careervault.contracts.search.TagKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The listings served by an index table the projector keeps next to the jobs: the caller's jobs
 * whose company matches a query ({@link CompanySearchKeys}, "have I applied here before?") or that
 * carry a tag ({@link TagKeys}), newest first, optionally in one status. Each index has one entry
 * per (user, key, job) and two per-user GSIs, by {@code key#created_at} and by
 * {@code key#status#created_at}: a page is one Query for its entries and one BatchGetItem for
 * their jobs, so it costs the same whatever the number of the caller's jobs.
 *
 * <p>The jobs read are checked against the query once more: for the moment between the projector
 * writing a job's entries and writing the job itself, an entry can name a job that does not match
 * yet (or any more), and such a job is left out of the page.
 */
final class JobSearch {

    private static final String STORE = "job store";
    /** A page whose entries were all left out is followed by at most this many more entry queries. */
    private static final int MAX_QUERIES_PER_PAGE = 3;
    /** Both index tables name their keys alike (ReadModel.CompanySearch, ReadModel.JobTags). */
    private static final String USER_ID = CompanySearch.USER_ID;
    private static final String ENTRY_KEY = CompanySearch.ENTRY_KEY;
    private static final String JOB_ID = CompanySearch.JOB_ID;

    /**
     * One index table and how its keys are named.
     *
     * @param parameter the query parameter it serves, also the listing's name in its cursors
     * @param matches whether a job read from the jobs table still matches a key
     */
    record Index(String table, String parameter, String keyIndex, String keyStatusIndex, String keyCreatedAt,
            String keyStatusCreatedAt, BiPredicate<JobView, String> matches) {

        static Index companySearch(String table) {
            return new Index(table, "company", CompanySearch.USER_KEY_INDEX, CompanySearch.USER_KEY_STATUS_INDEX,
                    CompanySearch.KEY_CREATED_AT, CompanySearch.KEY_STATUS_CREATED_AT,
                    (job, key) -> job.company() != null && CompanySearchKeys.matches(job.company(), key));
        }

        static Index jobTags(String table) {
            return new Index(table, "tag", JobTags.USER_TAG_INDEX, JobTags.USER_TAG_STATUS_INDEX,
                    JobTags.TAG_CREATED_AT, JobTags.TAG_STATUS_CREATED_AT,
                    (job, key) -> TagKeys.matches(job.tags(), key));
        }
    }

    private final DynamoDbAsyncClient dynamo;
    private final String jobsTable;
    private final Index index;
    private final JobCursor cursors;

    JobSearch(DynamoDbAsyncClient dynamo, String jobsTable, Index index, JobCursor cursors) {
        this.dynamo = dynamo;
        this.jobsTable = jobsTable;
        this.index = index;
        this.cursors = cursors;
    }

    /**
     * @param key the index key of the client's value ({@link CompanySearchKeys#keyOf}, {@link TagKeys#keyOf})
     * @throws InvalidRequestException on {@code cursor} when the cursor was not issued to the caller for this
     *         very query
     */
    Mono<JobPage> list(String userId, JobStatus status, String key, int limit, String cursor) {
        String sortKey = status == null ? index.keyCreatedAt() : index.keyStatusCreatedAt();
        String prefix = status == null ? key + "#" : key + "#" + status.spelling() + "#";
        String query = "jobs?" + index.parameter() + "=" + key
                + (status == null ? "" : "&status=" + status.spelling());
        Map<String, AttributeValue> start = cursor == null ? null : cursors.decode(cursor, userId, query,
                Set.of(USER_ID, ENTRY_KEY, sortKey));
        QueryRequest.Builder entries = QueryRequest.builder()
                .tableName(index.table())
                .indexName(status == null ? index.keyIndex() : index.keyStatusIndex())
                .scanIndexForward(false)
                .keyConditionExpression("#u = :u AND begins_with(#k, :prefix)")
                .projectionExpression("#j")
                .expressionAttributeNames(Map.of("#u", USER_ID, "#k", sortKey, "#j", JOB_ID))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId),
                        ":prefix", AttributeValue.fromS(prefix)));
        Page page = new Page(userId, key, status, query, cursor == null ? index.parameter() : "cursor");
        return page.collect(entries, start, limit, new ArrayList<>(), 0);
    }

    /** One page being filled. */
    private final class Page {
        private final String userId;
        private final String key;
        private final JobStatus status;
        private final String query;
        /** The client's value in the entry query, for a 400 should DynamoDB refuse it. */
        private final String clientField;

        Page(String userId, String key, JobStatus status, String query, String clientField) {
            this.userId = userId;
            this.key = key;
            this.status = status;
            this.query = query;
            this.clientField = clientField;
        }

        Mono<JobPage> collect(QueryRequest.Builder entries, Map<String, AttributeValue> start, int limit,
                List<JobView> jobs, int queries) {
            QueryRequest request = entries.exclusiveStartKey(start).limit(limit - jobs.size()).build();
            return call(clientField, () -> dynamo.query(request)).flatMap(response -> {
                List<String> ids = response.items().stream()
                        .map(item -> item.get(JOB_ID).s()).distinct().toList();
                Map<String, AttributeValue> last = response.hasLastEvaluatedKey()
                        && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
                return jobsById(ids).flatMap(found -> {
                    for (String id : ids) {
                        StoredJob job = found.get(id);
                        if (job != null && matches(job.view())) {
                            jobs.add(job.view());
                        }
                    }
                    if (last == null) {
                        return Mono.just(new JobPage(jobs, jobs.size(), null));
                    }
                    if (jobs.size() >= limit || queries + 1 >= MAX_QUERIES_PER_PAGE) {
                        return Mono.just(new JobPage(jobs, jobs.size(), cursors.encode(userId, query, last)));
                    }
                    return collect(entries, last, limit, jobs, queries + 1);
                });
            });
        }

        private boolean matches(JobView job) {
            return index.matches().test(job, key) && (status == null || status.spelling().equals(job.status()));
        }

        /** The live jobs among {@code ids}, read consistently, by id. */
        private Mono<Map<String, StoredJob>> jobsById(List<String> ids) {
            List<Map<String, AttributeValue>> keys = ids.stream().map(id -> JobItems.key(userId, id)).toList();
            return batchGet(keys, new HashMap<>(), 0);
        }

        private Mono<Map<String, StoredJob>> batchGet(List<Map<String, AttributeValue>> keys,
                Map<String, StoredJob> found, int attempt) {
            if (keys.isEmpty()) {
                return Mono.just(found);
            }
            return call(null, () -> dynamo.batchGetItem(r -> r.requestItems(Map.of(jobsTable,
                            KeysAndAttributes.builder().keys(keys).consistentRead(true).build()))))
                    .flatMap(response -> {
                        response.responses().getOrDefault(jobsTable, List.of()).stream()
                                .map(JobItems::stored)
                                .filter(job -> !job.deleted())
                                .forEach(job -> found.put(job.view().jobId(), job));
                        KeysAndAttributes unprocessed = response.unprocessedKeys().get(jobsTable);
                        if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
                            return Mono.just(found);
                        }
                        // throttled keys come back unprocessed: retry them with a growing pause
                        return Mono.delay(Duration.ofMillis(50L << Math.min(attempt, 5)))
                                .then(batchGet(unprocessed.keys(), found, attempt + 1));
                    });
        }
    }

    private static <T> Mono<T> call(String clientField, Supplier<CompletableFuture<T>> request) {
        return DynamoDbCalls.call(STORE, clientField, request);
    }
}
