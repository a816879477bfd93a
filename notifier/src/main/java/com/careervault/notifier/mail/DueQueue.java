package com.careervault.notifier.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stores of emails to send, keyed by due time: a key starts with the zero-padded epoch millisecond at which
 * the entry is due and a separator, so the store's byte order is time order and a punctuator reads only the
 * due head of it. Used by the reminder schedule and the account email outbox.
 */
public final class DueQueue {

    private static final int MILLIS_WIDTH = 19;

    private DueQueue() {
    }

    /** The start of the key of an entry due at {@code at}, separator included. */
    public static String keyPrefix(Instant at) {
        return String.format("%0" + MILLIS_WIDTH + "d", Math.max(0, at.toEpochMilli())) + '|';
    }

    public static boolean isDue(String key, Instant now) {
        return key.substring(0, MILLIS_WIDTH).compareTo(keyPrefix(now).substring(0, MILLIS_WIDTH)) <= 0;
    }

    /**
     * Removes the entries due at {@code now}, at most {@code max} of them (the work of one punctuation, which
     * runs inside one transaction), and returns them, the longest due first.
     */
    public static <V> List<KeyValue<String, V>> takeDue(KeyValueStore<String, V> store, Instant now, int max) {
        List<KeyValue<String, V>> due = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext() && due.size() < max) {
                KeyValue<String, V> entry = it.next();
                if (!isDue(entry.key, now)) {
                    break;
                }
                due.add(entry);
            }
        }
        due.forEach(entry -> store.delete(entry.key));
        return due;
    }
}
