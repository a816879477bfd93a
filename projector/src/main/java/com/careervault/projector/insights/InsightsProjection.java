package com.careervault.projector.insights;

import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.dynamodb.ReadModel.Insights;
import com.careervault.contracts.time.Timestamps;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.readmodel.ConditionalWrite;
import com.careervault.projector.readmodel.ItemUpdate;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import com.careervault.projector.readmodel.TransientFailureRetry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keeps the latest statistics record of each user in {@code CareerVault-Insights}: one UpdateItem per
 * record, replacing every figure, applied only when the record's position on the analytics topic is past the
 * one the item was built from ({@link LogPosition#IS_NEWER_THAN_ITEM}). The topic is keyed by user id, so one
 * user's records share a partition and their offsets order them; a redelivered or replayed older record fails
 * the condition and is {@link ProjectionOutcome#SKIPPED}, so the item never moves back to older figures. The
 * notifier re-publishes a user's figures whole, so the latest record alone is the current picture and nothing
 * is merged.
 */
@Component
class InsightsProjection {

    /** Every figure attribute: a tombstone removes them all. */
    private static final List<String> FIGURES = List.of(Insights.TOTAL_JOBS, Insights.JOBS_BY_STATUS,
            Insights.APPLICATIONS_PER_WEEK, Insights.APPLIED_JOBS, Insights.RESPONSE_RATE, Insights.INTERVIEW_RATE,
            Insights.OFFER_RATE, Insights.MEDIAN_DAYS_TO_FIRST_RESPONSE, Insights.COMPUTED_AT, Insights.RECORD_ID,
            Insights.FUNNEL);

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;
    private final TransientFailureRetry retry;

    InsightsProjection(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables, TransientFailureRetry retry) {
        this.dynamoDb = dynamoDb;
        this.table = tables.insightsTable();
        this.retry = retry;
    }

    /** Stores the record's figures, or removes them for a tombstone; retried while DynamoDB fails transiently. */
    CompletableFuture<ProjectionOutcome> apply(AnalyticsRecord record, LogPosition position) {
        ItemUpdate update;
        if (record instanceof AnalyticsRecord.Published published) {
            update = figures(published);
        } else if (record instanceof AnalyticsRecord.Removed) {
            update = new ItemUpdate();
            FIGURES.forEach(update::remove);
        } else {
            throw new IllegalArgumentException("nothing to store for " + record);
        }
        Map<String, AttributeValue> key = Map.of(Insights.USER_ID, AttributeValue.fromS(record.userId()));
        return retry.call("insights of " + record.userId() + " at " + position, () -> ConditionalWrite.outcomeOf(
                dynamoDb.updateItem(update.toRequest(table, key, position, LogPosition.IS_NEWER_THAN_ITEM))));
    }

    /**
     * Deletes the item of a deleted user (unconditionally: whatever its position, a deleted user keeps no
     * statistics). Idempotent.
     */
    CompletableFuture<ProjectionOutcome> erase(String userId) {
        return dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of(Insights.USER_ID, AttributeValue.fromS(userId))))
                .thenApply(ignored -> ProjectionOutcome.APPLIED);
    }

    private static ItemUpdate figures(AnalyticsRecord.Published record) {
        UserStats stats = record.stats();
        Map<String, AttributeValue> byStatus = new LinkedHashMap<>();
        stats.jobsByStatus().forEach((status, count) -> byStatus.put(status, number(count)));
        List<AttributeValue> weeks = stats.applicationsPerWeek().stream()
                .map(week -> AttributeValue.fromM(Map.of(Insights.WEEK, AttributeValue.fromS(week.week()),
                        Insights.APPLICATIONS, number(week.applications()))))
                .toList();
        ItemUpdate update = new ItemUpdate()
                .set(Insights.TOTAL_JOBS, number(stats.totalJobs()))
                .set(Insights.JOBS_BY_STATUS, AttributeValue.fromM(byStatus))
                .set(Insights.APPLICATIONS_PER_WEEK, AttributeValue.fromL(weeks))
                .set(Insights.APPLIED_JOBS, number(stats.appliedJobs()))
                .set(Insights.RESPONSE_RATE, number(stats.responseRate()))
                .set(Insights.INTERVIEW_RATE, number(stats.interviewRate()))
                .set(Insights.OFFER_RATE, number(stats.offerRate()))
                .set(Insights.COMPUTED_AT, AttributeValue.fromS(Timestamps.format(record.computedAt())))
                .set(Insights.RECORD_ID, AttributeValue.fromS(record.id()));
        // the funnel as published: a bounded JSON document the API answers as it is (a version 1 record has none)
        update = record.funnelJson() == null ? update.remove(Insights.FUNNEL)
                : update.set(Insights.FUNNEL, AttributeValue.fromS(record.funnelJson()));
        // absent, not a NULL attribute: "no response yet" reads the same as on an item written before it existed
        return stats.medianDaysToFirstResponse() == null
                ? update.remove(Insights.MEDIAN_DAYS_TO_FIRST_RESPONSE)
                : update.set(Insights.MEDIAN_DAYS_TO_FIRST_RESPONSE, number(stats.medianDaysToFirstResponse()));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static AttributeValue number(double value) {
        // a plain decimal ("0.0001", not Double.toString's "1.0E-4"), readable as it is by any client
        return AttributeValue.fromN(BigDecimal.valueOf(value).toPlainString());
    }
}
