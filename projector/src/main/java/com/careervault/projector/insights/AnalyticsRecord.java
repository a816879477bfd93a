package com.careervault.projector.insights;

import com.careervault.contracts.analytics.UserStats;
import java.time.Instant;

/** What one record of the analytics topic says about a user's statistics, once read. */
sealed interface AnalyticsRecord {

    /** The topic's key: the user the record is about. */
    String userId();

    /**
     * A {@code careervault.analytics.user-stats.v2} (or v1) record: the user's figures as of {@code computedAt}.
     *
     * @param id the record's CloudEvents {@code id}
     * @param computedAt the record's CloudEvents {@code time}: when the notifier computed the figures
     * @param funnelJson the data's {@code funnel} as JSON (version 2), null in a version 1 record
     */
    record Published(String userId, String id, Instant computedAt, UserStats stats, String funnelJson)
            implements AnalyticsRecord {
    }

    /** A tombstone (null value): on a compacted topic, the key has no figures any more. */
    record Removed(String userId) implements AnalyticsRecord {
    }

    /** A readable record of a type this projector does not know: skipped and counted, never dead-lettered. */
    record UnknownType(String userId, String type) implements AnalyticsRecord {
    }
}
