package com.careervault.enricher.enrichment;

import com.careervault.contracts.dynamodb.ReadModel.Ai;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.enricher.dynamodb.DynamoDbProperties;
import com.careervault.enricher.eventlog.TransientRetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

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
