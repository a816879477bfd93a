package com.careervault.notifier.reminders;

import com.careervault.notifier.streams.JsonSerde;
import com.careervault.notifier.streams.RecordSizeLimit;
import com.careervault.notifier.users.UserContact;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reminder state stores: persistent, changelogged (the default). One record per user (contact and
 * preferences), per job, per interview, per scheduled, sent or held reminder: none grows with the number of a
 * user's jobs, and none holds a job's history.
 */
public final class ReminderStores {

    public static final String USERS = "notifier-users";
    public static final String JOBS = "notifier-reminder-jobs";
    public static final String SCHEDULE = "notifier-reminder-schedule";
    public static final String SENT = "notifier-reminders-sent";
    /** Reminders due while the user's address was unverified, by user, job, rule and occurrence. */
    public static final String HELD = "notifier-reminders-held";
    /** The users' interviews ({@link TrackedInterview}), by user, job and interview. */
    public static final String INTERVIEWS = "notifier-reminder-interviews";
    /** Applications the system marked Ghosted, for the user's next reminder email ({@link GhostedNotice}). */
    public static final String GHOSTED_NOTICES = "notifier-ghosted-notices";

    private ReminderStores() {
    }

    public static List<StoreBuilder<KeyValueStore<String, ?>>> builders(JsonMapper mapper, RecordSizeLimit limit) {
        return List.of(store(USERS, mapper, UserContact.class, limit), store(JOBS, mapper, TrackedJob.class, limit),
                store(SCHEDULE, mapper, PendingReminder.class, limit), store(SENT, mapper, SentReminder.class, limit),
                store(HELD, mapper, PendingReminder.class, limit),
                store(INTERVIEWS, mapper, TrackedInterview.class, limit),
                store(GHOSTED_NOTICES, mapper, GhostedNotice.class, limit));
    }

    private static <V> StoreBuilder<KeyValueStore<String, ?>> store(String name, JsonMapper mapper, Class<V> type,
            RecordSizeLimit limit) {
        StoreBuilder<KeyValueStore<String, V>> builder = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(name), Serdes.String(), new JsonSerde<>(mapper, type, limit));
        @SuppressWarnings({"unchecked", "rawtypes"})
        StoreBuilder<KeyValueStore<String, ?>> widened = (StoreBuilder) builder;
        return widened;
    }
}
