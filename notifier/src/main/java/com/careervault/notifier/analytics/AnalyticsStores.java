package com.careervault.notifier.analytics;

import com.careervault.notifier.streams.JsonSerde;
import com.careervault.notifier.streams.RecordSizeLimit;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics state: persistent and changelogged, every record bounded in size whatever the
 * number of a user's jobs (the issue-12 rule: one user's data never stops the service for others).
 *
 * <ul>
 *   <li>{@link #JOBS}: {@code user|job} to {@link JobFacts}, about 200 bytes;</li>
 *   <li>{@link #TOTALS}: {@code user} to {@link UserTotals}, about 300 bytes;</li>
 *   <li>{@link #WEEKS}: {@code user|2026-W48} to the number of applications counted in that week;</li>
 *   <li>{@link #RESPONSE_TIMES}: {@code user|<sortable seconds>|job} to the seconds (see {@link ResponseTimeIndex});</li>
 *   <li>{@link #FUNNEL}: {@code user|all}, {@code user|w|2026-W48} and {@code user|s|LinkedIn} to the
 *   {@link FunnelTotals} of all the user's applications, one week's and one source group's.</li>
 * </ul>
 */
public final class AnalyticsStores {

    public static final String JOBS = "notifier-analytics-job-facts";
    public static final String TOTALS = "notifier-analytics-user-totals";
    public static final String WEEKS = "notifier-analytics-weekly-applications";
    public static final String RESPONSE_TIMES = "notifier-analytics-response-times";
    public static final String FUNNEL = "notifier-analytics-funnel";

    private AnalyticsStores() {
    }

    /**
     * The totals and week counters are rewritten by every job event of their user: cached, so that a burst
     * of one user's events writes each of them to the changelog once per commit, not once per event (the
     * cache is flushed before every commit, so the changelog stays exact under exactly-once).
     */
    public static List<StoreBuilder<?>> builders(JsonMapper mapper, RecordSizeLimit limit) {
        return List.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(JOBS), Serdes.String(),
                        new JsonSerde<>(mapper, JobFacts.class, limit)),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TOTALS), Serdes.String(),
                        new JsonSerde<>(mapper, UserTotals.class, limit)).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WEEKS), Serdes.String(), Serdes.Integer())
                        .withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RESPONSE_TIMES), Serdes.String(),
                        Serdes.Long()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FUNNEL), Serdes.String(),
                        new JsonSerde<>(mapper, FunnelTotals.class, limit)).withCachingEnabled());
    }

    static String job(String userId, String jobId) {
        return userId + "|" + jobId;
    }

    static String week(String userId, String isoWeek) {
        return userId + "|" + isoWeek;
    }

    static String funnelAll(String userId) {
        return userId + "|all";
    }

    static String funnelWeek(String userId, String isoWeek) {
        return userId + "|w|" + isoWeek;
    }

    static String funnelSource(String userId, String sourceGroup) {
        return userId + "|s|" + sourceGroup;
    }
}
