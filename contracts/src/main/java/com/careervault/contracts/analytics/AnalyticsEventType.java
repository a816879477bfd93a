package com.careervault.contracts.analytics;

/**
 * The CloudEvents {@code type} of each analytics record the notifier publishes, bound to the
 * record that carries its data. Kept apart from {@link com.careervault.contracts.events.EventType}
 * because these records are derived figures, never part of the event log.
 */
public enum AnalyticsEventType {
    USER_STATS("careervault.analytics.user-stats.v1", UserStats.class),
    /** Version 1's figures and the funnel from the stage events ({@link UserStats#funnel()}), on a topic of its own. */
    USER_STATS_V2("careervault.analytics.user-stats.v2", UserStats.class);

    private final String type;
    private final Class<?> dataClass;

    AnalyticsEventType(String type, Class<?> dataClass) {
        this.type = type;
        this.dataClass = dataClass;
    }

    public String type() {
        return type;
    }

    public Class<?> dataClass() {
        return dataClass;
    }

    /** Classpath location of the JSON Schema of this type's {@code data}. */
    public String schemaResource() {
        return "/schemas/" + type + ".schema.json";
    }
}
