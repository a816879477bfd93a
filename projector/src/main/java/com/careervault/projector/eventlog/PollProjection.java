package com.careervault.projector.eventlog;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.events.JobEvent;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.projector.deadletter.DeadLetterPublisher;
import com.careervault.projector.erasure.UserTombstones;
import com.careervault.projector.readmodel.DynamoDbFailures;
import com.careervault.projector.readmodel.Lanes;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionMetrics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies one poll's records. The events of one read-model item (a job, or a
 * user's profile) are applied one after the other, in log order; different
 * items are written at the same time, in a bounded number of lanes, to keep
 * DynamoDB busy. Every event writes exactly one item, so this is all the
 * order the conditional writes need, and a user who records thousands of jobs
 * at once spreads over every lane instead of holding the users behind them
 * on the partition in one lane. Returns only when every record is applied,
 * skipped or dead-lettered, so the offsets the container then commits never
 * run ahead of the read model.
 */
@Component
public class PollProjection {

    private static final Logger log = LoggerFactory.getLogger(PollProjection.class);

    private final EventCodec codec;
    private final EventProjection projection;
    private final DeadLetterPublisher deadLetters;
    private final int lanes;
    private final UserTombstones tombstones;
    private final ProjectionMetrics metrics;

    public PollProjection(EventCodec codec, EventProjection projection, DeadLetterPublisher deadLetters,
            ProjectorProperties properties, UserTombstones tombstones, ProjectionMetrics metrics) {
        this.tombstones = tombstones;
        this.metrics = metrics;
        this.codec = codec;
        this.projection = projection;
        this.deadLetters = deadLetters;
        this.lanes = Math.max(1, properties.writeLanes());
    }

    /**
     * @throws ReadModelUnavailableException when a write still fails after its
     *         retries; the caller redelivers the whole poll (idempotent)
     */
    public void apply(List<ConsumerRecord<byte[], byte[]>> records) {
        List<CompletableFuture<Void>> work = new ArrayList<>();
        // one item's events must not be written concurrently: group by the item each event writes
        Map<String, List<Decoded>> byItem = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                EventEnvelope event = codec.decode(record.value());
                byItem.computeIfAbsent(itemOf(event), item -> new ArrayList<>()).add(new Decoded(record, event));
            } catch (EventFormatException unreadable) {
                work.add(deadLetters.publish(record, unreadable));
            }
        }
        Map<String, List<Decoded>> kept;
        try {
            kept = withoutErasedUsers(byItem);
        } catch (ReadModelUnavailableException e) {
            // the dead letters already on their way finish first: nothing is in flight when the poll is redelivered
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).handle((done, failure) -> null).join();
            throw e;
        }
        work.addAll(Lanes.run(kept.values(), lanes, this::applyOne));
        try {
            // allOf waits for every lane, also after one failed: nothing is in flight when the poll is redelivered
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            log.warn("a poll of {} records could not be fully applied ({}); it will be redelivered", records.size(),
                    DynamoDbFailures.unwrap(e).toString());
            throw new ReadModelUnavailableException(DynamoDbFailures.unwrap(e));
        }
    }

    /**
     * The poll's events less those of deleted users: every event of a user who has a tombstone
     * ({@link UserTombstones}) or whose {@code UserDeleted} is in this poll is skipped, except the
     * {@code UserDeleted} itself (applied again on a redelivery or replay: it is idempotent, and it completes a
     * sweep that failed half-way). This is what keeps a deleted user deleted: a late event (appended while the
     * deletion ran) comes after the tombstone, and a replay from offset 0 meets the tombstone before the
     * user's earliest event; events from before encryption existed are plaintext and would otherwise be
     * projected again. Skipping the user's earlier events in the poll of their deletion changes nothing (the
     * sweep would delete their items), and it leaves the sweep as the only writer of the user's items.
     *
     * @throws ReadModelUnavailableException when the tombstones cannot be read (the poll is redelivered)
     */
    private Map<String, List<Decoded>> withoutErasedUsers(Map<String, List<Decoded>> byItem) {
        Set<String> users = new HashSet<>();
        Set<String> deletedHere = new HashSet<>();
        byItem.values().forEach(events -> events.forEach(decoded -> {
            users.add(decoded.event().userid());
            if (decoded.event().data() instanceof UserDeleted) {
                deletedHere.add(decoded.event().userid());
            }
        }));
        Set<String> erased;
        try {
            erased = new HashSet<>(tombstones.among(users).join());
        } catch (CompletionException e) {
            throw new ReadModelUnavailableException(DynamoDbFailures.unwrap(e));
        }
        erased.addAll(deletedHere);
        if (erased.isEmpty()) {
            return byItem;
        }
        Map<String, List<Decoded>> kept = new LinkedHashMap<>();
        byItem.forEach((item, events) -> {
            List<Decoded> left = events.stream().filter(decoded -> !erased.contains(decoded.event().userid())
                    || decoded.event().data() instanceof UserDeleted).toList();
            metrics.skipped(events.size() - left.size());
            if (!left.isEmpty()) {
                kept.put(item, left);
            }
        });
        return kept;
    }

    /** The read-model item an event writes: the job's item for job events, the user's item otherwise. */
    private static String itemOf(EventEnvelope event) {
        return event.data() instanceof JobEvent job ? event.userid() + "|" + job.jobId() : event.userid();
    }

    private CompletableFuture<Void> applyOne(Decoded decoded) {
        ConsumerRecord<byte[], byte[]> record = decoded.record();
        return projection.apply(decoded.event(), new LogPosition(record.partition(), record.offset()))
                .handle((outcome, failure) -> {
                    if (failure == null) {
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    if (DynamoDbFailures.isRejected(failure)) {
                        return deadLetters.publish(record, DynamoDbFailures.unwrap(failure));
                    }
                    return CompletableFuture.<Void>failedFuture(DynamoDbFailures.unwrap(failure));
                })
                .thenCompose(next -> next);
    }

    private record Decoded(ConsumerRecord<byte[], byte[]> record, EventEnvelope event) {
    }
}
