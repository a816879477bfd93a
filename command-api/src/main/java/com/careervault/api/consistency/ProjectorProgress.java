package com.careervault.api.consistency;

import com.careervault.api.events.EventLogProperties;
import com.careervault.api.events.EventLogUnavailableException;
import com.careervault.contracts.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Read-your-writes without the client's help. A command on an existing job
 * (and a read of one that is not there) first waits until the projector has
 * applied the caller's partition up to its end offset as it was when the
 * request arrived; only then is the read model asked.
 *
 * <p>Why that is enough: every event acknowledged to any client before this
 * request arrived (by this instance or another) is below the partition's high
 * watermark read here, since the producer uses {@code acks=all}. The
 * projector commits an offset only after every record below it is in DynamoDB
 * (see the projector's {@code PollProjection}), and commits past transaction
 * markers too ({@code fixTxOffsets}), so "committed offset ≥ that watermark"
 * means every such event is applied. Both numbers live in Kafka, so this
 * holds with any number of API and projector instances. A record of an open
 * transaction below the watermark only delays the answer until the
 * transaction ends.
 *
 * <p>The cost is one ListOffsets request per command, plus one
 * OffsetFetch per poll while the projector is behind; the highest committed
 * offset seen per partition is remembered, so a projector that is ahead is not
 * asked again. If it has not caught up within {@code maxWait}, the request
 * fails with {@link ReadModelBehindException} (503), never with a wrong 404.
 */
@Component
public class ProjectorProgress {

    private static final Logger log = LoggerFactory.getLogger(ProjectorProgress.class);

    private final Admin admin;
    private final KafkaTemplate<String, byte[]> producer;
    private final ConsistencyProperties properties;
    private final EventLogProperties events;
    private final Map<TopicPartition, Long> committedSeen = new ConcurrentHashMap<>();
    private final AtomicBoolean metadataKnown = new AtomicBoolean();

    public ProjectorProgress(Admin eventLogAdmin, KafkaTemplate<String, byte[]> producer,
            ConsistencyProperties properties, EventLogProperties events) {
        this.admin = eventLogAdmin;
        this.producer = producer;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Completes once the read model reflects every event of this user's
     * partition acknowledged before the call.
     *
     * @throws ReadModelBehindException (as the Mono's error) when the projector is still behind after maxWait
     * @throws EventLogUnavailableException (as the Mono's error) when Kafka cannot be asked
     */
    public Mono<Void> awaitCaughtUp(String userId) {
        Mono<TopicPartition> partition = Mono.fromCallable(() -> partitionOf(userId));
        // partitionsFor blocks only until the producer has the topic's metadata: keep that off the event loop
        return (metadataKnown.get() ? partition : partition.subscribeOn(Schedulers.boundedElastic()))
                .doOnNext(known -> metadataKnown.set(true))
                .flatMap(tp -> endOffset(tp).flatMap(end -> awaitCommitted(tp, end)
                        .timeout(properties.maxWait(), Mono.error(() -> behind(tp, end)))))
                .onErrorMap(e -> !(e instanceof ReadModelBehindException || e instanceof EventLogUnavailableException),
                        e -> new EventLogUnavailableException(events.retryAfter(), e));
    }

    private ReadModelBehindException behind(TopicPartition partition, long end) {
        log.warn("read model behind: {} must reach offset {}, projector group {} has committed {}", partition, end,
                properties.projectorGroupId(), committedSeen.get(partition));
        return new ReadModelBehindException("The read model has not caught up with your latest changes yet; "
                + "retry shortly", properties.retryAfter());
    }

    private Mono<Void> awaitCommitted(TopicPartition partition, long end) {
        if (committedSeen.getOrDefault(partition, -1L) >= end) {
            return Mono.empty();
        }
        return committed(partition)
                .filter(committed -> committed >= end)
                .repeatWhenEmpty(Integer.MAX_VALUE, attempts -> attempts.delayElements(properties.pollInterval()))
                .then();
    }

    /**
     * The partition the producer's default partitioner picks for this key (murmur2 of the key bytes), from the
     * producer's own metadata, so that both agree on the partition count.
     */
    private TopicPartition partitionOf(String userId) {
        int partitions = producer.partitionsFor(Topics.EVENTS).size();
        return new TopicPartition(Topics.EVENTS,
                BuiltInPartitioner.partitionForKey(userId.getBytes(StandardCharsets.UTF_8), partitions));
    }

    private Mono<Long> endOffset(TopicPartition partition) {
        return from(admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition))
                .map(info -> info.offset());
    }

    /** The group's committed offset, asked anew on every subscription (the wait re-subscribes to poll). */
    private Mono<Long> committed(TopicPartition partition) {
        String group = properties.projectorGroupId();
        return Mono.defer(() -> from(admin.listConsumerGroupOffsets(Map.of(group,
                        new ListConsumerGroupOffsetsSpec().topicPartitions(List.of(partition))))
                .partitionsToOffsetAndMetadata(group)))
                .map(offsets -> {
                    OffsetAndMetadata committed = offsets.get(partition);
                    long offset = committed == null ? 0 : committed.offset();
                    committedSeen.merge(partition, offset, Math::max);
                    return offset;
                });
    }

    private static <T> Mono<T> from(KafkaFuture<T> future) {
        return Mono.fromCompletionStage(future.toCompletionStage());
    }
}
