package com.careervault.notifier.streams;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.kafka.Topics;
import com.careervault.notifier.accounts.AccountEmailComposer;
import com.careervault.notifier.accounts.AccountEmailProcessor;
import com.careervault.notifier.accounts.AccountStores;
import com.careervault.notifier.analytics.AnalyticsStores;
import com.careervault.notifier.analytics.UserStatsProcessor;
import com.careervault.notifier.reminders.ReminderEmailComposer;
import com.careervault.notifier.mail.Mailer;
import com.careervault.notifier.reminders.ReminderProcessor;
import com.careervault.notifier.reminders.ReminderSettings;
import com.careervault.notifier.reminders.ReminderStores;
import com.careervault.notifier.users.DeletedUsers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;

/**
 * The notifier's processing graph (Processor API):
 *
 * <pre>
 *  careervault.events.v1 (bytes) ─▶ event-intake ─┬─▶ reminders ──────▶ (punctuator ─▶ Mailer, ReminderSent ─▶ careervault.events.v1;
 *                                                 │                     Ghosted marked / moved back, JobStatusChanged ─▶ careervault.events.v1)
 *                                                 ├─▶ user-stats ─────▶ careervault.analytics.user-stats.v1
 *                                                 ├─▶ account-emails ─▶ (punctuator ─▶ Mailer)
 *                                                 └─▶ dead-letters ───▶ careervault.events.v1.notifier-dlt
 * </pre>
 *
 * The reminders and account-emails processors share the users store (the contact: address, whether it is
 * verified, name); reminders writes it, account-emails only reads it (see {@link AccountEmailProcessor}).
 *
 * The deleted-users store ({@link DeletedUsers}) is shared by the three processors: each marks the user on
 * {@code UserDeleted} (whichever sees it first) and ignores a marked user's later events.
 *
 * Every store is keyed within one user and the log is keyed by user id, so no repartitioning is needed.
 * No state or output record grows with the number of a user's jobs or a job's changes, and none may
 * exceed the {@link RecordSizeLimit}: a record that cannot be processed is dead-lettered by the intake
 * (see {@link EventIntake}) and never stops its partition.
 */
public final class NotifierTopology {

    static final String SOURCE = "events";
    static final String INTAKE = "event-intake";
    static final String DEAD_LETTERS = "dead-letters";
    static final String REMINDERS = "reminders";
    static final String USER_STATS = "user-stats";
    static final String USER_STATS_SINK = "user-stats-topic";
    static final String USER_STATS_V2_SINK = "user-stats-v2-topic";
    static final String ACCOUNT_EMAILS = "account-emails";
    static final String REMINDERS_SENT_SINK = "reminders-sent-log";

    private final EventCodec codec;
    private final Clock clock;
    private final ReminderSettings settings;
    private final ReminderEmailComposer composer;
    private final AccountEmailComposer accountComposer;
    private final Duration signUpNoticeInterval;
    private final Mailer mailer;
    private final RecordSizeLimit limit;
    private final AtomicLong erasedEvents = new AtomicLong();
    private final String appendTopic;

    /** @param signUpNoticeInterval at most one "someone tried to sign up with your address" notice per user in it */
    public NotifierTopology(EventCodec codec, Clock clock, ReminderSettings settings, ReminderEmailComposer composer,
            AccountEmailComposer accountComposer, Duration signUpNoticeInterval, Mailer mailer,
            RecordSizeLimit limit) {
        this(codec, clock, settings, composer, accountComposer, signUpNoticeInterval, mailer, limit, Topics.EVENTS);
    }

    /**
     * @param appendTopic where the notifier's own events go: the event log it reads ({@link Topics#EVENTS}); a test
     *        names another topic to hold them back and deliver them itself, after events a slow broker would have
     *        put first
     */
    public NotifierTopology(EventCodec codec, Clock clock, ReminderSettings settings, ReminderEmailComposer composer,
            AccountEmailComposer accountComposer, Duration signUpNoticeInterval, Mailer mailer,
            RecordSizeLimit limit, String appendTopic) {
        this.appendTopic = appendTopic;
        this.limit = limit;
        this.codec = codec;
        this.clock = clock;
        this.settings = settings;
        this.composer = composer;
        this.accountComposer = accountComposer;
        this.signUpNoticeInterval = signUpNoticeInterval;
        this.mailer = mailer;
    }

    /** How many events were skipped since start because their user's personal data is erased (deleted users). */
    public long erasedEventCount() {
        return erasedEvents.get();
    }

    public Topology build() {
        Topology topology = new Topology();
        topology.addSource(SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), Topics.EVENTS);
        topology.addProcessor(INTAKE, () -> new EventIntake(codec, DEAD_LETTERS, List.of(REMINDERS, USER_STATS,
                ACCOUNT_EMAILS), erasedEvents),
                SOURCE);
        topology.addSink(DEAD_LETTERS, Topics.EVENTS_NOTIFIER_DLT, new ByteArraySerializer(),
                new ByteArraySerializer(), INTAKE);

        topology.addProcessor(REMINDERS, () -> new ReminderProcessor(clock, settings, composer, mailer, codec),
                INTAKE);
        ReminderStores.builders(codec.mapper(), limit).forEach(store -> topology.addStateStore(store, REMINDERS));
        topology.addSink(REMINDERS_SENT_SINK, appendTopic, new StringSerializer(), new ByteArraySerializer(),
                REMINDERS);
        topology.addStateStore(DeletedUsers.builder(codec.mapper(), limit), REMINDERS);

        topology.addProcessor(USER_STATS, () -> new UserStatsProcessor(clock, codec.mapper(), limit, USER_STATS_SINK,
                USER_STATS_V2_SINK), INTAKE);
        AnalyticsStores.builders(codec.mapper(), limit).forEach(store -> topology.addStateStore(store, USER_STATS));
        topology.addSink(USER_STATS_SINK, Topics.ANALYTICS_USER_STATS, new StringSerializer(),
                new ByteArraySerializer(), USER_STATS);
        topology.addSink(USER_STATS_V2_SINK, Topics.ANALYTICS_USER_STATS_V2, new StringSerializer(),
                new ByteArraySerializer(), USER_STATS);

        topology.addProcessor(ACCOUNT_EMAILS, () -> new AccountEmailProcessor(clock, settings, signUpNoticeInterval,
                accountComposer, mailer), INTAKE);
        AccountStores.builders(codec.mapper(), limit).forEach(store -> topology.addStateStore(store, ACCOUNT_EMAILS));
        topology.connectProcessorAndStateStores(ACCOUNT_EMAILS, ReminderStores.USERS);
        topology.connectProcessorAndStateStores(USER_STATS, DeletedUsers.STORE);
        // read only, for the user's time zone (the reminders keep the preferences)
        topology.connectProcessorAndStateStores(USER_STATS, ReminderStores.USERS);
        topology.connectProcessorAndStateStores(ACCOUNT_EMAILS, DeletedUsers.STORE);
        return topology;
    }
}
