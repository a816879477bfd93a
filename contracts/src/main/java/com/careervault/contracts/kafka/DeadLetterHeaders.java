package com.careervault.contracts.kafka;

/** Headers a dead-letter record carries: why it failed and where it came from. */
public final class DeadLetterHeaders {

    public static final String REASON = "careervault.dlt.reason";
    public static final String EXCEPTION = "careervault.dlt.exception";
    public static final String ORIGIN_TOPIC = "careervault.dlt.origin-topic";
    public static final String ORIGIN_PARTITION = "careervault.dlt.origin-partition";
    public static final String ORIGIN_OFFSET = "careervault.dlt.origin-offset";

    private DeadLetterHeaders() {
    }
}
