package com.careervault.notifier.analytics;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Each applied job's time to first response as an entry of its own, keyed so that the store's byte
 * order is the order of the times ({@code user|<16 hex digits>|job}); {@link UserTotals#lowerMedian()}
 * points at the lower median. Adding or removing one time moves that pointer by at most one entry, so
 * the exact median costs one or two store reads per change, whatever the number of jobs.
 */
final class ResponseTimeIndex {

    private static final char SEPARATOR = '|';
    /** Sorts after every key of the user: '}' follows '|' in ASCII, and ids never contain either. */
    private static final char PAST_USER = '}';

    private final KeyValueStore<String, Long> store;

    /** The underlying store (for dropping a deleted user's entries). */
    KeyValueStore<String, Long> store() {
        return store;
    }

    ResponseTimeIndex(KeyValueStore<String, Long> store) {
        this.store = store;
    }

    static String key(String userId, String jobId, long seconds) {
        // flipping the sign bit makes unsigned hex order the signed order (a clock skew can make a time negative)
        return userId + SEPARATOR + String.format("%016x", seconds ^ Long.MIN_VALUE) + SEPARATOR + jobId;
    }

    /** Adds one time and returns the totals with the median pointer moved accordingly. */
    UserTotals add(String userId, String key, long seconds, UserTotals totals) {
        store.put(key, seconds);
        int before = totals.responseTimes();
        String median = totals.lowerMedian();
        if (before == 0) {
            median = key;
        } else if (key.compareTo(median) < 0) {
            median = before % 2 == 1 ? previous(userId, median) : median;
        } else {
            median = before % 2 == 0 ? next(userId, median) : median;
        }
        return totals.withMedian(before + 1, median);
    }

    /** Removes one time (which must be in the index) and returns the totals with the pointer moved. */
    UserTotals remove(String userId, String key, UserTotals totals) {
        int before = totals.responseTimes();
        String median = totals.lowerMedian();
        if (before == 1) {
            median = null;
        } else if (key.equals(median)) {
            median = before % 2 == 1 ? previous(userId, median) : next(userId, median);
        } else if (key.compareTo(median) < 0) {
            median = before % 2 == 0 ? next(userId, median) : median;
        } else {
            median = before % 2 == 1 ? previous(userId, median) : median;
        }
        store.delete(key);
        return totals.withMedian(before - 1, median);
    }

    /** The median in seconds (mean of the two middle times for an even count); null without times. */
    Double medianSeconds(String userId, UserTotals totals) {
        if (totals.responseTimes() == 0) {
            return null;
        }
        long lower = store.get(totals.lowerMedian());
        if (totals.responseTimes() % 2 == 1) {
            return (double) lower;
        }
        long upper = store.get(next(userId, totals.lowerMedian()));
        return (lower + upper) / 2.0;
    }

    private String next(String userId, String key) {
        try (KeyValueIterator<String, Long> it = store.range(key, userId + PAST_USER)) {
            return following(it, key);
        }
    }

    private String previous(String userId, String key) {
        try (KeyValueIterator<String, Long> it = store.reverseRange(userId + SEPARATOR, key)) {
            return following(it, key);
        }
    }

    private static String following(KeyValueIterator<String, Long> it, String from) {
        while (it.hasNext()) {
            KeyValue<String, Long> entry = it.next();
            if (!entry.key.equals(from)) {
                return entry.key;
            }
        }
        throw new IllegalStateException("response-time index of " + from + " has no neighbour: totals out of step");
    }
}
