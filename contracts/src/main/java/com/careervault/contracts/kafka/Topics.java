package com.careervault.contracts.kafka;

import java.util.List;

/** Every Kafka topic CareerVault owns, with how it must be created. */
public final class Topics {

    /** The event log: every user and job event, keyed by user id, kept forever. */
    public static final String EVENTS = "careervault.events.v1";
    /** Event records the projector could not read, with the reason in headers. */
    public static final String EVENTS_PROJECTOR_DLT = EVENTS + ".projector-dlt";
    /** Event records the notifier could not read, with the reason in headers. */
    public static final String EVENTS_NOTIFIER_DLT = EVENTS + ".notifier-dlt";
    /** Event records the enricher could not read, with the reason in headers. */
    public static final String EVENTS_ENRICHER_DLT = EVENTS + ".enricher-dlt";
    /** Per-user application statistics for analytics consumers; compacted, keyed by user id. */
    public static final String ANALYTICS_USER_STATS = "careervault.analytics.user-stats.v1";
    /** Statistics records the projector could not store (the insights table), with the reason in headers. */
    public static final String ANALYTICS_USER_STATS_PROJECTOR_DLT = ANALYTICS_USER_STATS + ".projector-dlt";
    /**
     * Version 2 of the statistics: version 1's figures and the funnel (issue 19), on a topic of its own because
     * version 1's schema allows no new field; compacted, keyed by user id. The projector reads this one.
     */
    public static final String ANALYTICS_USER_STATS_V2 = "careervault.analytics.user-stats.v2";
    /** Version 2 records the projector could not store, with the reason in headers. */
    public static final String ANALYTICS_USER_STATS_V2_PROJECTOR_DLT = ANALYTICS_USER_STATS_V2 + ".projector-dlt";

    /** Partitions of the event log: the ceiling on instances per consumer group. */
    public static final int EVENT_PARTITIONS = 6;

    private Topics() {
    }

    /** How a topic is created: partitions and whether it is compacted or kept forever. */
    public record TopicSpec(String name, int partitions, boolean compacted) {
    }

    public static List<TopicSpec> all() {
        return List.of(
                new TopicSpec(EVENTS, EVENT_PARTITIONS, false),
                new TopicSpec(EVENTS_PROJECTOR_DLT, 1, false),
                new TopicSpec(EVENTS_NOTIFIER_DLT, 1, false),
                new TopicSpec(EVENTS_ENRICHER_DLT, 1, false),
                new TopicSpec(ANALYTICS_USER_STATS, EVENT_PARTITIONS, true),
                new TopicSpec(ANALYTICS_USER_STATS_PROJECTOR_DLT, 1, false),
                new TopicSpec(ANALYTICS_USER_STATS_V2, EVENT_PARTITIONS, true),
                new TopicSpec(ANALYTICS_USER_STATS_V2_PROJECTOR_DLT, 1, false));
    }
}
