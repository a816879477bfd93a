package com.careervault.projector.insights;

import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.kafka.Topics;
import com.careervault.projector.deadletter.DeadLetterPublisher;
import com.careervault.projector.erasure.UserTombstones;
import com.careervault.projector.eventlog.ProjectorProperties;
import com.careervault.projector.readmodel.TransientFailureRetry;
import com.careervault.projector.eventlog.ReadModelUnavailableException;
import com.careervault.projector.readmodel.DynamoDbFailures;
import com.careervault.projector.readmodel.Lanes;
import com.careervault.projector.readmodel.LogPosition;
import java.util.ArrayList;
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
 * Applies one poll of the analytics topic to the insights table. One user's records are written one after
 * the other, in topic order (they share a partition, being keyed by user id); different users at the same
 * time, in a bounded number of lanes. Returns only when every record is stored, skipped or dead-lettered, so
 * the offsets the container then commits never run ahead of the table.
 */
@Component
class InsightsPollProjection {

    private static final Logger log = LoggerFactory.getLogger(InsightsPollProjection.class);

    private final AnalyticsRecordReader reader;
    private final InsightsProjection projection;
    private final DeadLetterPublisher deadLetters;
    private final InsightsMetrics metrics;
    private final int lanes;
    private final UserTombstones tombstones;
    private final TransientFailureRetry retry;

    InsightsPollProjection(AnalyticsRecordReader reader, InsightsProjection projection,
            DeadLetterPublisher deadLetters, InsightsMetrics metrics, ProjectorProperties properties,
            UserTombstones tombstones, TransientFailureRetry retry) {
        this.tombstones = tombstones;
        this.retry = retry;
        this.reader = reader;
        this.projection = projection;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.lanes = Math.max(1, properties.writeLanes());
    }

    /**
     * @throws ReadModelUnavailableException when a write still fails after its retries; the caller
     *         redelivers the whole poll, which is harmless: stored records are skipped by their position
     */
    void apply(List<ConsumerRecord<byte[], byte[]>> records) {
        List<CompletableFuture<Void>> work = new ArrayList<>();
        Map<String, List<Read>> byUser = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                AnalyticsRecord read = reader.read(record);
                if (read instanceof AnalyticsRecord.UnknownType unknown) {
                    metrics.unknownType();
                    log.debug("skipped {}-{}@{}: unknown type {}", record.topic(), record.partition(),
                            record.offset(), unknown.type());
                    continue;
                }
                byUser.computeIfAbsent(read.userId(), user -> new ArrayList<>()).add(new Read(record, read));
            } catch (EventFormatException unreadable) {
                work.add(deadLetter(record, unreadable));
            }
        }
        for (String user : erased(byUser.keySet())) {
            // a deleted user's statistics are never stored again, whatever record comes: the item goes
            byUser.remove(user);
            work.add(retry.call("insights of deleted user " + user, () -> projection.erase(user))
                    .thenAccept(metrics::record));
        }
        work.addAll(Lanes.run(byUser.values(), lanes, this::applyOne));
        try {
            // allOf waits for every lane, also after one failed: nothing is in flight when the poll is redelivered
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            log.warn("a poll of {} statistics records could not be fully stored ({}); it will be redelivered",
                    records.size(), DynamoDbFailures.unwrap(e).toString());
            throw new ReadModelUnavailableException(DynamoDbFailures.unwrap(e));
        }
    }

    /** Which users of the poll are deleted ({@link UserTombstones}); fails the poll when that is unknown. */
    private Set<String> erased(Set<String> users) {
        if (users.isEmpty()) {
            return Set.of();
        }
        try {
            return tombstones.among(users).join();
        } catch (CompletionException e) {
            throw new ReadModelUnavailableException(DynamoDbFailures.unwrap(e));
        }
    }

    private CompletableFuture<Void> applyOne(Read read) {
        ConsumerRecord<byte[], byte[]> record = read.record();
        return projection.apply(read.content(), new LogPosition(record.partition(), record.offset()))
                .handle((outcome, failure) -> {
                    if (failure == null) {
                        metrics.record(outcome);
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    if (DynamoDbFailures.isRejected(failure)) {
                        return deadLetter(record, DynamoDbFailures.unwrap(failure));
                    }
                    return CompletableFuture.<Void>failedFuture(DynamoDbFailures.unwrap(failure));
                })
                .thenCompose(next -> next);
    }

    private CompletableFuture<Void> deadLetter(ConsumerRecord<byte[], byte[]> record, Throwable reason) {
        return deadLetters.publishTo(Topics.ANALYTICS_USER_STATS_V2_PROJECTOR_DLT, record, reason)
                .thenRun(metrics::deadLettered);
    }

    private record Read(ConsumerRecord<byte[], byte[]> record, AnalyticsRecord content) {
    }
}
