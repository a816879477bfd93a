package com.careervault.projector.eventlog;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.events.JobEvent;
import com.careervault.contracts.privacy.DataKeysUnavailableException;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.projector.deadletter.DeadLetterPublisher;
import com.careervault.projector.erasure.UserTombstones;
import com.careervault.projector.readmodel.DynamoDbFailures;
import com.careervault.projector.readmodel.Lanes;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionMetrics;
import com.careervault.projector.readmodel.RetryProperties;
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
 * <p>
 * An event whose personal fields can no longer be decrypted (its user deleted the account, and with it the
 * data key) is skipped and counted ({@code careervault.projector.events{outcome=erased}}), never
 * dead-lettered. When the data-key table cannot be reached, decoding is retried in place like a DynamoDB
 * write ({@code careervault.projector.retry.*}), and then the whole poll is redelivered.
 */
@Component
public class PollProjection {

    private static final Logger log = LoggerFactory.getLogger(PollProjection.class);

    private final EventCodec codec;
    private final EventProjection projection;
    private final DeadLetterPublisher deadLetters;
    private final ProjectionMetrics metrics;
    private final RetryProperties retry;
    private final int lanes;
    private final UserTombstones tombstones;

    public PollProjection(EventCodec codec, EventProjection projection, DeadLetterPublisher deadLetters,
            ProjectorProperties properties, ProjectionMetrics metrics, RetryProperties retry,
            UserTombstones tombstones) {
        this.tombstones = tombstones;
        this.codec = codec;
        this.projection = projection;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.retry = retry;
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
        int erased = 0;
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                EventEnvelope event = decode(record);
                byItem.computeIfAbsent(itemOf(event), item -> new ArrayList<>()).add(new Decoded(record, event));
            } catch (EventFormatException unreadable) {
                work.add(deadLetters.publish(record, unreadable));
            } catch (PersonalDataErasedException gone) {
                metrics.erased();
                erased++;
                log.debug("skipping {}-{}@{}: event {} ({}) of a deleted user", record.topic(), record.partition(),
                        record.offset(), gone.eventId(), gone.eventType());
            } catch (DataKeysUnavailableException keysDown) {
                // nothing of this poll is applied yet: let the dead letters already sent finish, then redeliver
                awaitQuietly(work);
                log.warn("the data keys cannot be read ({}); the poll of {} records will be redelivered",
                        keysDown.getMessage(), records.size());
                throw new ReadModelUnavailableException(keysDown);
            }
        }
        if (erased > 0) {
            log.info("skipped {} of {} events whose personal data is erased (deleted users)", erased, records.size());
        }
        Map<String, List<Decoded>> kept;
        try {
            kept = withoutErasedUsers(byItem);
        } catch (ReadModelUnavailableException e) {
            // the dead letters already on their way finish first: nothing is in flight when the poll is redelivered
            awaitQuietly(work);
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

    /** Decodes, retrying in place while the data keys cannot be read, up to the retry budget. */
    private EventEnvelope decode(ConsumerRecord<byte[], byte[]> record) {
        long deadline = System.nanoTime() + retry.giveUpAfter().toNanos();
        long delayMillis = retry.initialInterval().toMillis();
        while (true) {
            try {
                return codec.decode(record.value());
            } catch (DataKeysUnavailableException e) {
                metrics.transientFailure();
                if (System.nanoTime() + delayMillis * 1_000_000 > deadline) {
                    throw e;
                }
                log.warn("reading the data key for {}-{}@{} failed ({}); retrying in {} ms", record.topic(),
                        record.partition(), record.offset(), e.getMessage(), delayMillis);
                sleep(delayMillis);
                delayMillis = Math.min(delayMillis * 2, retry.maxInterval().toMillis());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadModelUnavailableException(e);
        }
    }

    private static void awaitQuietly(List<CompletableFuture<Void>> work) {
        try {
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException ignored) {
            // the poll fails anyway
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
            // counted like any failed write: an operator sees the outage in the same metric
            metrics.transientFailure();
            log.warn("the user tombstones cannot be read ({}); the poll will be redelivered",
                    DynamoDbFailures.unwrap(e).toString());
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
