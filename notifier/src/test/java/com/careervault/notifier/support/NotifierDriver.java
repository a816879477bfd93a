package com.careervault.notifier.support;

import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.links.EmailLinks;
import com.careervault.notifier.accounts.AccountEmailComposer;
import com.careervault.notifier.mail.LinkUrls;
import com.careervault.notifier.reminders.ReminderEmailComposer;
import com.careervault.notifier.reminders.ReminderSettings;
import com.careervault.notifier.streams.NotifierTopology;
import com.careervault.notifier.streams.RecordSizeLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The notifier topology in a TopologyTestDriver, with a hand-moved clock and a recording mailer:
 * {@link #advance(Duration)} moves the clock and the driver's wall clock together, which fires the
 * reminder punctuator exactly as time passing would. As a field with {@code @RegisterExtension} it is
 * closed after each test; elsewhere close it yourself (try-with-resources).
 */
public final class NotifierDriver implements AutoCloseable, AfterEachCallback {

    public static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    public static final String LINK_SECRET = "test-email-link-secret-of-32-bytes-or-more";
    public static final Duration VERIFY_EMAIL_LIFETIME = Duration.ofHours(72);
    public static final Duration RESET_PASSWORD_LIFETIME = Duration.ofHours(1);
    public static final Duration UNSUBSCRIBE_LIFETIME = Duration.ofDays(60);
    public static final Duration SET_PASSWORD_LIFETIME = Duration.ofDays(14);
    public static final Duration SIGN_UP_NOTICE_INTERVAL = Duration.ofDays(1);
    public static final String PUBLIC_API_URL = "https://api.careervault.test";
    private static final Duration MAX_STEP = Duration.ofHours(6);
    private static final String HELD_BACK_TOPIC = "held-back." + Topics.EVENTS;

    private final EventCodec codec = new EventCodec();
    private final MutableClock clock = new MutableClock(START);
    private final RecordingMailer mailer = new RecordingMailer();
    private final Path stateDir = stateDir();
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> events;
    private final TestOutputTopic<String, byte[]> deadLetters;
    private final TestOutputTopic<String, String> userStats;
    private final TestOutputTopic<String, String> userStatsV2;
    private final TestOutputTopic<String, byte[]> appendedEvents;

    public NotifierDriver() {
        this(ReminderSettings.defaults());
    }

    public NotifierDriver(ReminderSettings settings) {
        this(settings, false);
    }

    /**
     * @param holdBackAppended whether what the notifier appends to the event log is held back until {@link
     *        #releaseAppended()} delivers it; otherwise the driver delivers it to the topology right after the
     *        punctuation or event that appended it, as the log would at once
     */
    public NotifierDriver(ReminderSettings settings, boolean holdBackAppended) {
        String appendTopic = holdBackAppended ? HELD_BACK_TOPIC : Topics.EVENTS;
        var links = new LinkUrls(new EmailLinks(LINK_SECRET), PUBLIC_API_URL, VERIFY_EMAIL_LIFETIME,
                RESET_PASSWORD_LIFETIME, UNSUBSCRIBE_LIFETIME, SET_PASSWORD_LIFETIME);
        var topology = new NotifierTopology(codec, clock, settings, new ReminderEmailComposer(links),
                new AccountEmailComposer(links), SIGN_UP_NOTICE_INTERVAL, mailer, RecordSizeLimit.DEFAULT, appendTopic)
                .build();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "careervault-notifier");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, START);
        events = driver.createInputTopic(Topics.EVENTS, new StringSerializer(), new ByteArraySerializer());
        deadLetters = driver.createOutputTopic(Topics.EVENTS_NOTIFIER_DLT, new StringDeserializer(),
                new ByteArrayDeserializer());
        userStats = driver.createOutputTopic(Topics.ANALYTICS_USER_STATS, new StringDeserializer(),
                new StringDeserializer());
        userStatsV2 = driver.createOutputTopic(Topics.ANALYTICS_USER_STATS_V2, new StringDeserializer(),
                new StringDeserializer());
        appendedEvents = driver.createOutputTopic(appendTopic, new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    /**
     * A fresh state directory, in memory (tmpfs) where there is one: every commit of the driver (one per event and
     * per punctuation) writes and fsyncs a checkpoint file per RocksDB store, which on a busy disk made these tests
     * take seconds each. The stores are the topology's own RocksDB stores either way.
     */
    private static Path stateDir() {
        Path shm = Path.of("/dev/shm");
        try {
            return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "notifier-ttd")
                    : Files.createTempDirectory("notifier-ttd");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes one event of the given user at the current time. */
    public EventEnvelope send(Events user, CareerVaultEvent data) {
        EventEnvelope envelope = user.envelope(data, clock.instant());
        send(envelope);
        return envelope;
    }

    /** Publishes an exact envelope again (a duplicate delivery). */
    public void send(EventEnvelope envelope) {
        events.pipeInput(envelope.userid(), codec.encode(envelope), envelope.time());
    }

    public void sendRaw(String key, byte[] value) {
        events.pipeInput(key, value, clock.instant());
    }

    /**
     * Lets time pass. Long spans go in steps of at most six hours: the driver fires a punctuator once
     * per advance, whereas a running application would have punctuated all along the way.
     */
    public void advance(Duration by) {
        Duration left = by;
        while (!left.isZero() && !left.isNegative()) {
            Duration step = left.compareTo(MAX_STEP) > 0 ? MAX_STEP : left;
            clock.advance(step);
            driver.advanceWallClockTime(step);
            left = left.minus(step);
        }
    }

    /**
     * Moves the clock without punctuating on the way: what a notifier that was down (or is replaying the log from
     * long ago) finds at its next punctuation.
     */
    public void skip(Duration by) {
        clock.advance(by);
    }

    public Instant now() {
        return clock.instant();
    }

    public RecordingMailer mailer() {
        return mailer;
    }

    public TestOutputTopic<String, byte[]> deadLetters() {
        return deadLetters;
    }

    public TestOutputTopic<String, String> userStats() {
        return userStats;
    }

    /** Version 2 of the statistics: with the funnel. */
    public TestOutputTopic<String, String> userStatsV2() {
        return userStatsV2;
    }

    /** What the notifier itself appended to the event log ({@code ReminderSent}), in order. */
    public TestOutputTopic<String, byte[]> appendedEvents() {
        return appendedEvents;
    }

    /**
     * What the notifier appended to the event log since the last read, decoded. Unless held back, the driver has
     * already delivered it to the topology (a topology's output to one of its source topics is processed next).
     */
    public java.util.List<EventEnvelope> appended() {
        return appendedEvents.readValuesToList().stream().map(codec::decode).toList();
    }

    /** Delivers what the notifier appended and the driver held back, in order; returns it. */
    public java.util.List<EventEnvelope> releaseAppended() {
        java.util.List<EventEnvelope> held = appended();
        held.forEach(this::send);
        return held;
    }

    /**
     * Every state store entry whose key or JSON value contains {@code text}, as {@code "store: key=value"}:
     * what the notifier still holds about a user.
     */
    public java.util.List<String> entriesMentioning(String text) {
        java.util.List<String> found = new java.util.ArrayList<>();
        driver.getAllStateStores().forEach((name, store) -> {
            try (KeyValueIterator<String, Object> it = driver.<String, Object>getKeyValueStore(name).all()) {
                while (it.hasNext()) {
                    var entry = it.next();
                    String value = entry.value == null ? "null" : codec.mapper().writeValueAsString(entry.value);
                    if (entry.key.contains(text) || value.contains(text)) {
                        found.add(name + ": " + entry.key + "=" + value);
                    }
                }
            }
        });
        return found;
    }

    /**
     * The largest record (key plus JSON value, in bytes) of every state store, as its changelog would
     * carry it: what must stay bounded whatever the number of a user's jobs.
     */
    public Map<String, Integer> largestStateRecords() {
        Map<String, Integer> largest = new TreeMap<>();
        driver.getAllStateStores().forEach((name, store) -> {
            int max = 0;
            try (KeyValueIterator<String, Object> it = driver.<String, Object>getKeyValueStore(name).all()) {
                while (it.hasNext()) {
                    var entry = it.next();
                    max = Math.max(max, entry.key.getBytes(StandardCharsets.UTF_8).length
                            + codec.mapper().writeValueAsBytes(entry.value).length);
                }
            }
            largest.put(name, max);
        });
        return largest;
    }

    /** Number of records in one state store, counted. */
    public long storeSize(String name) {
        long count = 0;
        try (KeyValueIterator<Object, Object> it = driver.getKeyValueStore(name).all()) {
            for (; it.hasNext(); it.next()) {
                count++;
            }
        }
        return count;
    }

    public EventCodec codec() {
        return codec;
    }

    @Override
    public void close() {
        driver.close();
        // in memory: leave nothing behind
        try (java.util.stream.Stream<Path> paths = Files.walk(stateDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }
}
