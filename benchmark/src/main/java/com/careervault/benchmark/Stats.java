package com.careervault.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** What one measured phase saw: successes, failures and the latency of the successes, in microseconds. */
final class Stats {

    private final Histogram latencyMicros = new ConcurrentHistogram(3);
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile double seconds;

    void ok(long latencyNanos) {
        ok.incrementAndGet();
        latencyMicros.recordValue(Math.max(1, latencyNanos / 1_000));
    }

    /** Counts a completed request if it ended inside the measured window [from, until]. */
    void completed(long sentNanos, long from, long until, Throwable failure) {
        long now = System.nanoTime();
        if (now >= from && now <= until) {
            if (failure == null) {
                ok(now - sentNanos);
            } else {
                fail();
            }
        }
    }

    void fail() {
        failed.incrementAndGet();
    }

    /** The length of the measured window, for the rate. */
    void window(double seconds) {
        this.seconds = seconds;
    }

    long ok() {
        return ok.get();
    }

    long failed() {
        return failed.get();
    }

    double perSecond() {
        return seconds <= 0 ? 0 : ok.get() / seconds;
    }

    /** A percentile of the latency in milliseconds (0 when nothing was measured). */
    double millis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", ok());
        m.put("failed", failed());
        m.put("seconds", seconds);
        m.put("per_second", round(perSecond()));
        m.put("p50_ms", round(millis(50)));
        m.put("p95_ms", round(millis(95)));
        m.put("p99_ms", round(millis(99)));
        m.put("max_ms", round(latencyMicros.getMaxValue() / 1000.0));
        return m;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** {@code value / reference}, or NaN without a reference. */
    static double ratio(double value, double reference) {
        return reference > 0 ? value / reference : Double.NaN;
    }
}
