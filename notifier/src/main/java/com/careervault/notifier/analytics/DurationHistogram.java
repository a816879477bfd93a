package com.careervault.notifier.analytics;

import com.careervault.contracts.analytics.UserStats;
import java.util.Map;
import java.util.TreeMap;

/**
 * Durations in whole seconds counted in logarithmic buckets, DDSketch's mapping (Masson, Rim and Lee, VLDB 2019):
 * bucket {@code i} holds the durations in {@code (γ^(i-1), γ^i]} with {@code γ = (1+α)/(1-α)}, and answers a
 * quantile with the bucket's {@code 2γ^i/(γ+1)}, which is within the relative error {@code α} (2 %,
 * {@link UserStats.Funnel#RELATIVE_ERROR}) of every duration in it; durations under one second count as zero.
 *
 * <p>Why not a library: DDSketch ({@code com.datadoghq:sketches-java}) is not among the available packages, and
 * the statistics take a job's contribution out again when it changes (a deleted job, a new applied date), which
 * needs counts that can be decremented; HdrHistogram can subtract but keeps a dense array of thousands of counters
 * per histogram in every state record. This is a sparse map of counts: at most about 460 buckets from one second
 * to ten years, in practice a few dozen, whatever the number of jobs.
 *
 * @param buckets bucket index to count (never zero: an emptied bucket is removed)
 * @param zeros durations under one second
 */
public record DurationHistogram(Map<Integer, Integer> buckets, int zeros) {

    static final double GAMMA = (1 + UserStats.Funnel.RELATIVE_ERROR) / (1 - UserStats.Funnel.RELATIVE_ERROR);
    private static final double LOG_GAMMA = Math.log(GAMMA);

    public DurationHistogram {
        buckets = buckets == null ? Map.of() : Map.copyOf(buckets);
    }

    static DurationHistogram empty() {
        return new DurationHistogram(Map.of(), 0);
    }

    /** How many durations it holds. */
    int count() {
        return zeros + buckets.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The histogram with one duration added ({@code sign} 1) or taken out ({@code sign} -1). */
    DurationHistogram plus(long seconds, int sign) {
        if (seconds < 1) {
            return new DurationHistogram(buckets, zeros + sign);
        }
        Map<Integer, Integer> next = new TreeMap<>(buckets);
        next.merge(index(seconds), sign, Integer::sum);
        next.values().removeIf(count -> count == 0);
        return new DurationHistogram(next, zeros);
    }

    static int index(long seconds) {
        return (int) Math.ceil(Math.log(seconds) / LOG_GAMMA);
    }

    /**
     * The {@code q}-quantile in seconds: the duration at rank {@code floor(q(n-1))} of the sorted durations, within
     * the relative error; null when empty.
     */
    Double quantileSeconds(double q) {
        int n = count();
        if (n == 0) {
            return null;
        }
        long rank = (long) Math.floor(q * (n - 1));
        if (rank < zeros) {
            return 0.0;
        }
        long seen = zeros;
        for (Map.Entry<Integer, Integer> bucket : new TreeMap<>(buckets).entrySet()) {
            seen += bucket.getValue();
            if (rank < seen) {
                return 2 * Math.pow(GAMMA, bucket.getKey()) / (GAMMA + 1);
            }
        }
        throw new IllegalStateException("histogram counts out of step: " + this);
    }
}
