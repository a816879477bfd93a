package com.careervault.notifier.users;

import com.careervault.notifier.streams.JsonSerde;
import com.careervault.notifier.streams.RecordSizeLimit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notifier's marks of deleted users ({@code UserDeleted}), in a store of their own: the key is the
 * SHA-256 (hex) of the user id, the value when the user was deleted, so the store holds no user's id.
 * Every processor skips the events of a marked user (a late event appended while the deletion ran must
 * not plan a reminder or publish statistics again). The mark is kept for good: it is one small record per
 * deleted user.
 */
public final class DeletedUsers {

    public static final String STORE = "notifier-deleted-users";

    private DeletedUsers() {
    }

    /** The value of a mark: when the user was deleted. */
    public record Mark(Instant deletedAt) {
    }

    public static StoreBuilder<KeyValueStore<String, Mark>> builder(JsonMapper mapper, RecordSizeLimit limit) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new JsonSerde<>(mapper, Mark.class, limit));
    }

    public static String key(String userId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static boolean isDeleted(KeyValueStore<String, Mark> marks, String userId) {
        return marks.get(key(userId)) != null;
    }

    /** Deletes every entry of {@code store} whose key starts with {@code prefix} (a user's own keys). */
    public static <V> int deletePrefix(KeyValueStore<String, V> store, String prefix) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.prefixScan(prefix, new StringSerializer())) {
            it.forEachRemaining(entry -> keys.add(entry.key));
        }
        keys.forEach(store::delete);
        return keys.size();
    }

    /**
     * Deletes every entry of {@code store} whose value matches (for stores keyed by due time, whose keys
     * do not start with the user): a whole scan, done only when a user is deleted.
     */
    public static <V> int deleteWhere(KeyValueStore<String, V> store, Predicate<V> belongsToUser) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, V> entry = it.next();
                if (entry.value != null && belongsToUser.test(entry.value)) {
                    keys.add(entry.key);
                }
            }
        }
        keys.forEach(store::delete);
        return keys.size();
    }
}
