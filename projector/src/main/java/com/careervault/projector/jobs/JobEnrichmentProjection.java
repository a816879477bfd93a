package com.careervault.projector.jobs;

import com.careervault.contracts.dynamodb.ReadModel.Ai;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.time.Timestamps;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.readmodel.ConditionalWrite;
import com.careervault.projector.readmodel.ItemUpdate;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionMetrics;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Keeps the enricher's result ({@code JobEnriched}) on its job as the {@link Jobs#AI} map, in one
 * conditional {@code UpdateItem}: the job exists, is not a tombstone, its {@link Jobs#JOB_DESCRIPTION_HASH}
 * is the event's {@code description_hash}, and the event is newer than the item. So a result computed for a
 * description the job no longer has (changed or cleared since), for a deleted job, or for a job never seen
 * is ignored, never dead-lettered; a later result for the same description replaces an earlier one (log
 * order); a redelivered or replayed result changes nothing. {@code updated_at} is left alone: an enrichment
 * is not a change the user made.
 * <p>
 * DynamoDB does not say which part of a condition failed (dynalite lacks
 * {@code ReturnValuesOnConditionCheckFailure}), so after a failed write the item is read to tell an ignored
 * result (counted, {@code careervault.projector.enrichments{outcome=ignored}}) from one already applied.
 */
@Component
public class JobEnrichmentProjection {

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;
    private final ProjectionMetrics metrics;

    public JobEnrichmentProjection(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables,
            ProjectionMetrics metrics) {
        this.dynamoDb = dynamoDb;
        this.table = tables.jobsTable();
        this.metrics = metrics;
    }

    public CompletableFuture<ProjectionOutcome> enriched(EventEnvelope event, JobEnriched result,
            LogPosition position) {
        Map<String, AttributeValue> key = JobAttributes.key(event.userid(), result.jobId());
        ItemUpdate update = new ItemUpdate().set(Jobs.AI, AttributeValue.fromM(ai(event, result)));
        String sameDescription = update.name(Jobs.JOB_DESCRIPTION_HASH) + " = "
                + update.value("description_hash", AttributeValue.fromS(result.descriptionHash()));
        String condition = "attribute_exists(" + update.name(Jobs.JOB_ID) + ") AND attribute_not_exists("
                + update.name(Jobs.DELETED) + ") AND " + sameDescription + " AND " + LogPosition.IS_NEWER_THAN_ITEM;
        return ConditionalWrite.outcomeOf(dynamoDb.updateItem(update.toRequest(table, key, position, condition)))
                .thenCompose(outcome -> {
                    if (outcome == ProjectionOutcome.APPLIED) {
                        metrics.enrichmentKept();
                        return CompletableFuture.completedFuture(outcome);
                    }
                    return dynamoDb.getItem(GetItemRequest.builder().tableName(table).key(key).consistentRead(true)
                            .build()).thenApply(found -> {
                                Map<String, AttributeValue> item = found.hasItem() ? found.item() : Map.of();
                                if (!position.isNotAfter(item)) {
                                    // not a repeat: the job is gone or never seen, or has another description
                                    metrics.enrichmentIgnored();
                                }
                                return ProjectionOutcome.SKIPPED;
                            });
                });
    }

    /** The {@link Ai} map: the event's fields under their JSON names, its time and its id; absent ones left out. */
    static Map<String, AttributeValue> ai(EventEnvelope event, JobEnriched result) {
        Map<String, AttributeValue> ai = new HashMap<>();
        ai.put(Ai.SUMMARY, AttributeValue.fromS(result.summary()));
        ai.put(Ai.REQUIRED_SKILLS, texts(result.requiredSkills()));
        if (result.matchScore() != null) {
            ai.put(Ai.MATCH_SCORE, AttributeValue.fromN(Integer.toString(result.matchScore())));
        }
        ai.put(Ai.STRENGTHS, texts(result.strengths()));
        ai.put(Ai.GAPS, texts(result.gaps()));
        ai.put(Ai.PROVIDER, AttributeValue.fromS(result.provider()));
        ai.put(Ai.MODEL, AttributeValue.fromS(result.model()));
        ai.put(Ai.DEGRADED, AttributeValue.fromBool(result.degraded()));
        if (result.degradedReason() != null) {
            ai.put(Ai.DEGRADED_REASON, AttributeValue.fromS(result.degradedReason()));
        }
        ai.put(Ai.INPUT_HASH, AttributeValue.fromS(result.inputHash()));
        ai.put(Ai.DESCRIPTION_HASH, AttributeValue.fromS(result.descriptionHash()));
        if (result.resumeHash() != null) {
            ai.put(Ai.RESUME_HASH, AttributeValue.fromS(result.resumeHash()));
        }
        ai.put(Ai.COMPUTED_AT, AttributeValue.fromS(Timestamps.format(event.time())));
        ai.put(Ai.EVENT_ID, AttributeValue.fromS(event.id()));
        return ai;
    }

    private static AttributeValue texts(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }
}
