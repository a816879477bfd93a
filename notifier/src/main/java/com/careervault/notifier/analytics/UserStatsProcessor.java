package com.careervault.notifier.analytics;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobEvent;
import com.careervault.contracts.events.UserRegistered;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each user's jobs in a state store and publishes the user's figures whenever they may have
 * changed. Output goes to a compacted topic keyed by user id, inside the same transaction as the
 * store update, so the topic never disagrees with the log.
 */
public final class UserStatsProcessor implements Processor<String, EventEnvelope, String, byte[]> {

    public static final String STORE = "notifier-analytics-jobs";

    private final Clock clock;
    private final JsonMapper mapper;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, UserJobs> store;

    public UserStatsProcessor(Clock clock, JsonMapper mapper) {
        this.clock = clock;
        this.mapper = mapper;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, EventEnvelope> record) {
        EventEnvelope event = record.value();
        String userId = event.userid();
        UserJobs before = store.get(userId);
        UserJobs after;
        if (event.data() instanceof JobEvent job) {
            after = (before == null ? UserJobs.none() : before).apply(job, event.time());
        } else if (event.data() instanceof UserRegistered && before == null) {
            after = UserJobs.none(); // publish an all-zero record so consumers see every user
        } else {
            return;
        }
        if (after.equals(before)) {
            return; // a duplicate or an update that touched nothing the figures use
        }
        store.put(userId, after);
        Instant now = clock.instant();
        var stats = UserStatsCalculator.calculate(userId, after, LocalDate.ofInstant(now, ZoneOffset.UTC));
        byte[] json = mapper.writeValueAsBytes(UserStatsEvent.of(eventId(event), now, stats));
        context.forward(new Record<>(userId, json, record.timestamp()));
    }

    /** Derived from the input position (or event id), so a replay republishes the same ids. */
    private String eventId(EventEnvelope event) {
        String origin = context.recordMetadata()
                .map(m -> m.topic() + "/" + m.partition() + "/" + m.offset())
                .orElse(event.id());
        return UUID.nameUUIDFromBytes(("user-stats:" + origin).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
