package com.careervault.notifier.accounts;

import com.careervault.notifier.mail.DueQueue;
import com.careervault.notifier.streams.JsonSerde;
import com.careervault.notifier.streams.RecordSizeLimit;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account email stores: persistent, changelogged. The outbox holds the emails still to send (an entry
 * leaves when it is sent, dropped or given up), keyed by due time so that the punctuator reads only its due
 * head; the marks hold one record per user and email kind. Neither grows with anything but the number of
 * users.
 */
public final class AccountStores {

    public static final String OUTBOX = "notifier-account-outbox";
    public static final String MARKS = "notifier-account-emails";

    private static final char SEPARATOR = '|';

    private AccountStores() {
    }

    public static List<StoreBuilder<KeyValueStore<String, ?>>> builders(JsonMapper mapper, RecordSizeLimit limit) {
        return List.of(widen(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OUTBOX), Serdes.String(),
                        new JsonSerde<>(mapper, AccountEmailRequest.class, limit))),
                widen(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MARKS), Serdes.String(),
                        new JsonSerde<>(mapper, AccountEmailMark.class, limit))));
    }

    /** Due time first ({@link DueQueue}): the store's byte order is due-time order. */
    static String outbox(Instant dueAt, AccountEmailRequest request) {
        return DueQueue.keyPrefix(dueAt) + request.eventId() + SEPARATOR + request.kind().slug();
    }

    /** A user's mark of one kind; with {@code kind} null, the prefix of all of the user's marks. */
    static String mark(String userId, AccountEmail kind) {
        return userId + SEPARATOR + (kind == null ? "" : kind.slug());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static StoreBuilder<KeyValueStore<String, ?>> widen(StoreBuilder<?> builder) {
        return (StoreBuilder) builder;
    }
}
