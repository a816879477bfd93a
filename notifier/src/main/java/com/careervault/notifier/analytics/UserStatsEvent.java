package com.careervault.notifier.analytics;

import com.careervault.contracts.analytics.AnalyticsEventType;
import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.events.EventEnvelope;
import java.time.Instant;

/**
 * A user-stats record in CloudEvents structured JSON, with the same attribute style as the event
 * log's envelope: {@code userid} extension, no {@code subject} (the record is about a user).
 */
public record UserStatsEvent(String specversion, String id, String source, String type, Instant time,
        String datacontenttype, String userid, UserStats data) {

    public static final String SOURCE = "/careervault/notifier";

    /** A version 1 record: the figures without the funnel. */
    public static UserStatsEvent of(String id, Instant time, UserStats stats) {
        return new UserStatsEvent(EventEnvelope.SPEC_VERSION, id, SOURCE, AnalyticsEventType.USER_STATS.type(), time,
                EventEnvelope.CONTENT_TYPE, stats.userId(), stats.withoutFunnel());
    }

    /**
     * A version 2 record: the figures with the funnel. Its id is version 1's with the same input event (the two
     * versions are on different topics, each id unique on its own).
     */
    public static UserStatsEvent v2(String id, Instant time, UserStats stats) {
        return new UserStatsEvent(EventEnvelope.SPEC_VERSION, id, SOURCE, AnalyticsEventType.USER_STATS_V2.type(),
                time, EventEnvelope.CONTENT_TYPE, stats.userId(), stats);
    }
}
