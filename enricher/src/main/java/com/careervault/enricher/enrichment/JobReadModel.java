package com.careervault.enricher.enrichment;

import com.careervault.contracts.dynamodb.ReadModel.Ai;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.enricher.dynamodb.DynamoDbProperties;
import com.careervault.enricher.eventlog.TransientRetry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * What the enricher reads from the projector's jobs table (never writes): one job's item, to tell whether an
 * event's description is still current and whether its result is already applied, and a user's newest live
 * jobs with a description, for a resume change and as the lexical provider's corpus.
 */
@Component
public class JobReadModel {

    private final DynamoDbAsyncClient dynamoDb;
    private final DynamoDbProperties tables;
    private final TransientRetry retry;

    public JobReadModel(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables, TransientRetry retry) {
        this.dynamoDb = dynamoDb;
        this.tables = tables;
        this.retry = retry;
    }

    /** The job's item as the projector last wrote it; empty when the projector has not written it (yet). */
    public Optional<JobItem> job(String userId, String jobId) {
        Map<String, AttributeValue> item = retry.call("reading job " + jobId, () -> dynamoDb.getItem(get -> get
                .tableName(tables.jobsTable())
                .key(Map.of(Jobs.USER_ID, AttributeValue.fromS(userId), Jobs.JOB_ID, AttributeValue.fromS(jobId)))
                .consistentRead(true)).join().item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(JobItem.of(item));
    }

    /**
     * The user's live jobs (no tombstones) that have a description, newest first, at most {@code limit}:
     * read page by page from the user's creation-date index, which tombstones are not in.
     */
    public List<JobItem> liveJobsWithDescription(String userId, int limit) {
        List<JobItem> jobs = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = retry.call("listing the jobs of " + userId, () -> dynamoDb.query(query -> query
                    .tableName(tables.jobsTable())
                    .indexName(Jobs.USER_CREATED_AT_INDEX)
                    .keyConditionExpression("#user_id = :user_id")
                    .filterExpression("attribute_exists(#description) AND attribute_not_exists(#deleted)")
                    .expressionAttributeNames(Map.of("#user_id", Jobs.USER_ID, "#description", Jobs.JOB_DESCRIPTION,
                            "#deleted", Jobs.DELETED))
                    .expressionAttributeValues(Map.of(":user_id", AttributeValue.fromS(userId)))
                    .scanIndexForward(false)
                    .exclusiveStartKey(from)).join());
            for (Map<String, AttributeValue> item : page.items()) {
                if (jobs.size() < limit) {
                    jobs.add(JobItem.of(item));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && jobs.size() < limit);
        return jobs;
    }

    /**
     * The users who have live jobs (no tombstones) with a description whose result is not from
     * {@code provider}, and how many such jobs each has: a Scan of the whole jobs table, page by page, with a
     * filter and only {@code user_id} and {@code job_id} read back.
     *
     * @param provider the configured provider ({@code ai.provider} in the items)
     * @param resultsOnly only jobs that show a result from another provider; otherwise also jobs that show none
     * @return user id to number of jobs, in scan order
     * @throws com.careervault.enricher.eventlog.EnrichmentUnavailableException when DynamoDB stays unreachable
     */
    public Map<String, Integer> usersWithResultsNotFrom(String provider, boolean resultsOnly) {
        String notFrom = resultsOnly ? "(attribute_exists(#ai.#provider) AND #ai.#provider <> :provider)"
                : "(attribute_not_exists(#ai.#provider) OR #ai.#provider <> :provider)";
        Map<String, String> names = new HashMap<>(Map.of("#user_id", Jobs.USER_ID, "#job_id", Jobs.JOB_ID,
                "#hash", Jobs.JOB_DESCRIPTION_HASH, "#deleted", Jobs.DELETED, "#ai", Jobs.AI, "#provider", Ai.PROVIDER));
        Map<String, Integer> users = new LinkedHashMap<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = retry.call("scanning the jobs for results of other providers", () -> dynamoDb.scan(scan -> scan
                    .tableName(tables.jobsTable())
                    .filterExpression("attribute_exists(#hash) AND attribute_not_exists(#deleted) AND " + notFrom)
                    .projectionExpression("#user_id, #job_id")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(Map.of(":provider", AttributeValue.fromS(provider)))
                    .exclusiveStartKey(from)).join());
            for (Map<String, AttributeValue> item : page.items()) {
                users.merge(item.get(Jobs.USER_ID).s(), 1, Integer::sum);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return users;
    }

    /**
     * The attributes of a job item the enricher uses.
     *
     * @param description null when the job has none
     * @param descriptionHash null when the job has no description
     * @param tombstone the job is deleted
     * @param partition the log partition of the last event applied to it; -1 when unknown
     * @param offset that event's offset; -1 when unknown
     * @param aiEventId the {@code JobEnriched} event id the item shows, null when none
     */
    public record JobItem(String jobId, String company, String position, String description, String descriptionHash,
            boolean tombstone, int partition, long offset, String aiEventId) {

        static JobItem of(Map<String, AttributeValue> item) {
            AttributeValue ai = item.get(Jobs.AI);
            String aiEventId = ai != null && ai.hasM() && ai.m().get(Ai.EVENT_ID) != null
                    ? ai.m().get(Ai.EVENT_ID).s() : null;
            AttributeValue deleted = item.get(Jobs.DELETED);
            return new JobItem(s(item, Jobs.JOB_ID), s(item, Jobs.COMPANY), s(item, Jobs.POSITION),
                    s(item, Jobs.JOB_DESCRIPTION), s(item, Jobs.JOB_DESCRIPTION_HASH),
                    deleted != null && !Boolean.FALSE.equals(deleted.bool()),
                    item.get(Position.PARTITION) == null ? -1 : Integer.parseInt(item.get(Position.PARTITION).n()),
                    item.get(Position.OFFSET) == null ? -1 : Long.parseLong(item.get(Position.OFFSET).n()),
                    aiEventId);
        }

        private static String s(Map<String, AttributeValue> item, String name) {
            AttributeValue value = item.get(name);
            return value == null ? null : value.s();
        }
    }
}
