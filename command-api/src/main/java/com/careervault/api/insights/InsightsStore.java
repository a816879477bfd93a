package com.careervault.api.insights;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.dynamodb.ReadModel.Insights;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the caller's item of {@code CareerVault-Insights} (written by the projector from the analytics topic)
 * into the API's shape. One GetItem per request: the figures are never computed here.
 */
@Component
class InsightsStore {

    private static final Logger log = LoggerFactory.getLogger(InsightsStore.class);

    /** The analytics records' JSON conventions (snake_case), which the stored funnel is written in. */
    private static final JsonMapper RECORDS = new EventCodec().mapper();

    private final DynamoDbAsyncClient dynamo;
    private final String table;
    private final Clock clock;

    InsightsStore(DynamoDbAsyncClient dynamo, DynamoDbProperties properties, Clock clock) {
        this.dynamo = dynamo;
        this.table = properties.insightsTable();
        this.clock = clock;
    }

    /** The stored figures of the user, or {@link #none()} while there are none (no item, or a removed one). */
    Mono<InsightsView> of(String userId) {
        // keyed by the token's subject only: nothing the client sent can make DynamoDB refuse it
        return DynamoDbCalls.call("insights store", null, () -> dynamo.getItem(r -> r.tableName(table)
                        .key(Map.of(Insights.USER_ID, AttributeValue.fromS(userId)))))
                .map(response -> response.hasItem() && response.item().containsKey(Insights.TOTAL_JOBS)
                        ? fromItem(response.item()) : none());
    }

    /** Every figure zero, with the twelve ISO weeks that end with the current one (UTC), as the notifier counts. */
    InsightsView none() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<InsightsView.WeekCount> weeks = new ArrayList<>();
        for (int weeksAgo = UserStats.WEEKS - 1; weeksAgo >= 0; weeksAgo--) {
            weeks.add(new InsightsView.WeekCount(UserStats.isoWeek(today.minusWeeks(weeksAgo)), 0));
        }
        return new InsightsView(0, statusCounts(Map.of()), 0, 0, 0, 0, null, weeks, null,
                FunnelView.empty(weeks.stream().map(InsightsView.WeekCount::week).toList()));
    }

    private static InsightsView fromItem(Map<String, AttributeValue> item) {
        List<InsightsView.WeekCount> weeks = item.getOrDefault(Insights.APPLICATIONS_PER_WEEK,
                AttributeValue.fromL(List.of())).l().stream()
                .map(week -> new InsightsView.WeekCount(week.m().get(Insights.WEEK).s(),
                        Long.parseLong(week.m().get(Insights.APPLICATIONS).n())))
                .toList();
        AttributeValue median = item.get(Insights.MEDIAN_DAYS_TO_FIRST_RESPONSE);
        AttributeValue computedAt = item.get(Insights.COMPUTED_AT);
        AttributeValue funnel = item.get(Insights.FUNNEL);
        return new InsightsView(
                number(item, Insights.TOTAL_JOBS),
                statusCounts(item.getOrDefault(Insights.JOBS_BY_STATUS, AttributeValue.fromM(Map.of())).m()),
                number(item, Insights.APPLIED_JOBS),
                rate(item, Insights.RESPONSE_RATE),
                rate(item, Insights.INTERVIEW_RATE),
                rate(item, Insights.OFFER_RATE),
                median == null || median.n() == null ? null : Double.parseDouble(median.n()),
                weeks,
                computedAt == null ? null : computedAt.s(),
                // an item written from a version 1 record has no funnel yet: zero until the next record
                funnel(funnel, weeks));
    }

    /**
     * The stored funnel; the zero funnel over the item's weeks when there is none (an item written from a version 1
     * record, before the next record) or when it cannot be read (the projector checks its shape; this keeps a
     * damaged item from failing the whole answer).
     */
    private static FunnelView funnel(AttributeValue stored, List<InsightsView.WeekCount> weeks) {
        if (stored != null && stored.s() != null) {
            try {
                return FunnelView.of(RECORDS.readValue(stored.s(), UserStats.Funnel.class));
            } catch (JacksonException | NullPointerException e) {
                log.warn("the insights item's funnel cannot be read, answering zero: {}", e.getMessage());
            }
        }
        return FunnelView.empty(weeks.stream().map(InsightsView.WeekCount::week).toList());
    }

    /** Every status in board order; a status the record does not name counts 0, one the API does not know is left out. */
    private static List<InsightsView.StatusCount> statusCounts(Map<String, AttributeValue> stored) {
        List<InsightsView.StatusCount> counts = new ArrayList<>();
        for (JobStatus status : JobStatus.values()) {
            AttributeValue count = stored.get(status.spelling());
            counts.add(new InsightsView.StatusCount(status.spelling(),
                    count == null || count.n() == null ? 0 : Long.parseLong(count.n())));
        }
        return counts;
    }

    private static long number(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    private static double rate(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null || value.n() == null ? 0 : Double.parseDouble(value.n());
    }
}
