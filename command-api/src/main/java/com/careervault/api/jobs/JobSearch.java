package com.careervault.api.jobs;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.search.CompanySearchKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * "Have I applied here before?": the caller's jobs whose company matches a
 * query ({@link CompanySearchKeys} defines the match), newest first, optionally
 * in one status. Served by the projector's {@code CareerVault-CompanySearch}
 * indexes: one Query for the page's entries (by search key, or by search key
 * and status) and one BatchGetItem for their jobs, so a page costs the same
 * whatever the number of the caller's jobs.
 *
 * <p>The jobs read are checked against the query once more: for the moment
 * between the projector writing a job's entries and writing the job itself, an
 * entry can name a job that does not match yet (or any more), and such a job
 * is left out of the page.
 */
final class JobSearch {

    private static final String STORE = "job store";
    /** A page whose entries were all left out is followed by at most this many more entry queries. */
    private static final int MAX_QUERIES_PER_PAGE = 3;

    private final DynamoDbAsyncClient dynamo;
    private final String jobsTable;
    private final String searchTable;
    private final JobCursor cursors;

    JobSearch(DynamoDbAsyncClient dynamo, String jobsTable, String searchTable, JobCursor cursors) {
        this.dynamo = dynamo;
        this.jobsTable = jobsTable;
        this.searchTable = searchTable;
        this.cursors = cursors;
    }

    /**
     * @throws InvalidRequestException on {@code company} when it has no letter or digit, on {@code cursor}
     *         when the cursor was not issued to the caller for this very query
     */
    Mono<JobPage> list(String userId, JobStatus status, String company, int limit, String cursor) {
        String key = CompanySearchKeys.keyOf(company).orElseThrow(() ->
                new InvalidRequestException("company", "must contain at least one letter or digit"));
        String sortKey = status == null ? CompanySearch.KEY_CREATED_AT : CompanySearch.KEY_STATUS_CREATED_AT;
        String prefix = status == null ? key + "#" : key + "#" + status.spelling() + "#";
        String query = "jobs?company=" + key + (status == null ? "" : "&status=" + status.spelling());
        Map<String, AttributeValue> start = cursor == null ? null : cursors.decode(cursor, userId, query,
                Set.of(CompanySearch.USER_ID, CompanySearch.ENTRY_KEY, sortKey));
        QueryRequest.Builder entries = QueryRequest.builder()
                .tableName(searchTable)
                .indexName(status == null ? CompanySearch.USER_KEY_INDEX : CompanySearch.USER_KEY_STATUS_INDEX)
                .scanIndexForward(false)
                .keyConditionExpression("#u = :u AND begins_with(#k, :prefix)")
                .projectionExpression("#j")
                .expressionAttributeNames(Map.of("#u", CompanySearch.USER_ID, "#k", sortKey,
                        "#j", CompanySearch.JOB_ID))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId),
                        ":prefix", AttributeValue.fromS(prefix)));
        Page page = new Page(userId, key, status, query, cursor == null ? "company" : "cursor");
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
                        .map(item -> item.get(CompanySearch.JOB_ID).s()).distinct().toList();
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
            return job.company() != null && CompanySearchKeys.matches(job.company(), key)
                    && (status == null || status.spelling().equals(job.status()));
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
