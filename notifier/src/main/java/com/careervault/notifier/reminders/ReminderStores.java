package com.careervault.notifier.reminders;

import com.careervault.notifier.streams.JsonSerde;
import com.careervault.notifier.users.UserContact;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reminder state stores: persistent, changelogged (the default), uncached so that every write
 * reaches the changelog in the transaction that made it.
 */
public final class ReminderStores {

    public static final String USERS = "notifier-users";
    public static final String JOBS = "notifier-reminder-jobs";
    public static final String SCHEDULE = "notifier-reminder-schedule";
    public static final String SENT = "notifier-reminders-sent";

    private ReminderStores() {
    }

    public static List<StoreBuilder<KeyValueStore<String, ?>>> builders(JsonMapper mapper) {
        return List.of(store(USERS, mapper, UserContact.class), store(JOBS, mapper, TrackedJob.class),
                store(SCHEDULE, mapper, PendingReminder.class), store(SENT, mapper, SentReminder.class));
    }

    private static <V> StoreBuilder<KeyValueStore<String, ?>> store(String name, JsonMapper mapper, Class<V> type) {
        StoreBuilder<KeyValueStore<String, V>> builder = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(name), Serdes.String(), new JsonSerde<>(mapper, type));
        @SuppressWarnings({"unchecked", "rawtypes"})
        StoreBuilder<KeyValueStore<String, ?>> widened = (StoreBuilder) builder;
        return widened;
    }
}
