package com.careervault.projector.insights;

import static com.careervault.contracts.events.EventCodec.rootMessage;
import static com.careervault.contracts.events.EventCodec.text;

import com.careervault.contracts.analytics.AnalyticsEventType;
import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.time.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads records of {@code careervault.analytics.user-stats.v2} (and of v1, which has no funnel) (CloudEvents structured JSON, the format of
 * docs/analytics.md) with the event log's JSON conventions: snake_case data, strict duplicate keys, one
 * timestamp format. A record that cannot be stored as it is fails with {@link EventFormatException}, and is
 * dead-lettered by the caller.
 */
@Component
class AnalyticsRecordReader {

    /** How {@link UserStats#isoWeek} spells a week, and what the API promises its clients. */
    private static final Pattern ISO_WEEK = Pattern.compile("\\d{4}-W\\d{2}");

    private final EventCodec codec;
    private final JsonMapper mapper;

    AnalyticsRecordReader(EventCodec codec) {
        this.codec = codec;
        this.mapper = codec.mapper();
    }

    /**
     * @throws EventFormatException when the record has no key, is not a CloudEvent, its data breaks the
     *         figures' rules (docs/analytics.md), or it names another user than its key
     */
    AnalyticsRecord read(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null || record.key().length == 0) {
            throw new EventFormatException("record has no key (the user id)");
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        if (record.value() == null) {
            return new AnalyticsRecord.Removed(key);
        }
        JsonNode tree = codec.readCloudEvent(record.value());
        String type = text(tree, "type");
        boolean v2 = AnalyticsEventType.USER_STATS_V2.type().equals(type);
        if (!v2 && !AnalyticsEventType.USER_STATS.type().equals(type)) {
            return new AnalyticsRecord.UnknownType(key, type);
        }
        JsonNode data = tree.get("data");
        if (data == null || !data.isObject()) {
            throw new EventFormatException("data must be a JSON object");
        }
        UserStats stats;
        Instant computedAt;
        try {
            stats = mapper.treeToValue(data, UserStats.class);
            computedAt = Timestamps.parse(text(tree, "time"));
        } catch (JacksonException | DateTimeParseException e) {
            throw new EventFormatException("invalid " + type + ": " + rootMessage(e), e);
        }
        String userId = text(tree, "userid");
        // the key is what compaction keeps one record per: an item under any other user would be wrong
        if (!key.equals(userId) || !key.equals(stats.userId())) {
            throw new EventFormatException("invalid " + type + ": userid '" + userId + "' and data.user_id '"
                    + stats.userId() + "' must both equal the record's key '" + key + "'");
        }
        checkFigures(type, stats);
        if (v2) {
            checkFunnel(type, stats.funnel());
        }
        return new AnalyticsRecord.Published(key, text(tree, "id"), computedAt, stats,
                v2 ? data.get("funnel").toString() : null);
    }

    /** The rules of docs/analytics.md the read model relies on: counts not negative, rates between 0 and 1. */
    private static void checkFigures(String type, UserStats stats) {
        String problem = null;
        if (stats.totalJobs() < 0 || stats.appliedJobs() < 0) {
            problem = "total_jobs and applied_jobs must not be negative";
        } else if (!isRate(stats.responseRate()) || !isRate(stats.interviewRate()) || !isRate(stats.offerRate())) {
            problem = "response_rate, interview_rate and offer_rate must be between 0 and 1";
        } else if (stats.medianDaysToFirstResponse() != null && !(stats.medianDaysToFirstResponse() >= 0)) {
            problem = "median_days_to_first_response must be null or not negative";
        } else if (stats.jobsByStatus().entrySet().stream().anyMatch(AnalyticsRecordReader::isBadCount)) {
            problem = "jobs_by_status must map statuses to counts that are not negative";
        } else if (stats.applicationsPerWeek().size() != UserStats.WEEKS || stats.applicationsPerWeek().stream()
                .anyMatch(week -> week == null || week.week() == null || !ISO_WEEK.matcher(week.week()).matches()
                        || week.applications() < 0)) {
            problem = "applications_per_week must have " + UserStats.WEEKS
                    + " ISO weeks (2026-W48) with counts that are not negative";
        }
        if (problem != null) {
            throw new EventFormatException("invalid " + type + ": " + problem);
        }
    }

    /** The funnel's shape (docs/analytics.md): present, 12 weeks, 7 source groups, 5 stages, sane figures. */
    private static void checkFunnel(String type, UserStats.Funnel funnel) {
        String problem = null;
        if (funnel == null || funnel.overall() == null) {
            problem = "funnel is required";
        } else if (funnel.byWeek().size() != UserStats.WEEKS || funnel.byWeek().stream().anyMatch(week -> week == null
                || week.week() == null || !ISO_WEEK.matcher(week.week()).matches() || isBad(week.funnel()))) {
            problem = "funnel.by_week must have " + UserStats.WEEKS + " ISO weeks with their funnels";
        } else if (!funnel.bySource().stream().map(source -> source == null ? null : source.source()).toList()
                .equals(UserStats.Funnel.SOURCES) || funnel.bySource().stream().anyMatch(s -> isBad(s.funnel()))) {
            problem = "funnel.by_source must have the source groups " + UserStats.Funnel.SOURCES + " in order";
        } else if (isBad(funnel.overall())) {
            problem = "funnel.overall";
        }
        if (problem != null) {
            throw new EventFormatException("invalid " + type + ": " + problem
                    + " (five stages, counts not negative, conversions between 0 and 1)");
        }
    }

    private static boolean isBad(UserStats.FunnelGroup group) {
        if (group == null || group.applications() < 0 || group.stages().size() != UserStats.Funnel.STAGES.size()
                || group.firstResponse() == null) {
            return true;
        }
        for (int i = 0; i < group.stages().size(); i++) {
            UserStats.StageFigures stage = group.stages().get(i);
            if (stage == null || !UserStats.Funnel.STAGES.get(i).equals(stage.stage()) || stage.reached() < 0
                    || (stage.conversionToNext() != null && !isRate(stage.conversionToNext()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRate(double rate) {
        return rate >= 0 && rate <= 1;
    }

    private static boolean isBadCount(Map.Entry<String, Integer> entry) {
        return entry.getKey() == null || entry.getValue() == null || entry.getValue() < 0;
    }
}
