package com.careervault.api.events;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Appends events to {@code careervault.events.v1}, keyed by user id. A Mono
 * completes only once the broker acknowledged, so a 2xx answer means the
 * event is in Kafka; a failure means it is not (and a multi-event append
 * left nothing behind).
 */
@Component
public class EventLog {

    private final KafkaTemplate<String, byte[]> template;
    private final EventCodec codec;
    private final EventLogProperties properties;
    private final AtomicBoolean topicMetadataKnown = new AtomicBoolean();

    public EventLog(KafkaTemplate<String, byte[]> template, EventCodec codec, EventLogProperties properties) {
        this.template = template;
        this.codec = codec;
        this.properties = properties;
    }

    /**
     * @return the event's position once acknowledged; fails with {@link EventLogUnavailableException} when Kafka
     *         or the data-key table is unreachable, or {@link PersonalDataErasedException} when the user's data
     *         key was deleted (the account is gone)
     */
    public Mono<AppendedEvent> append(EventEnvelope event) {
        Mono<SendResult<String, byte[]>> send = Mono.fromFuture(() -> template.send(record(event)));
        // send() blocks (up to max.block.ms) only while it has no metadata for the topic, and encoding blocks
        // while the user's data key is not cached (a DynamoDB read, or its creation): then keep it off the
        // event loop; afterwards the metadata stays cached (metadata.max.idle.ms), the key for a minute, and
        // send() only hands the record to the producer's buffer, so a thread hop would be pure cost
        boolean mayBlock = !topicMetadataKnown.get() || codec.needsKeyLookup(event);
        return (mayBlock ? send.subscribeOn(Schedulers.boundedElastic()) : send)
                .doOnNext(sent -> topicMetadataKnown.set(true))
                .map(result -> appended(event, result.getRecordMetadata()))
                .timeout(properties.sendTimeout().plusSeconds(1))
                .onErrorMap(e -> !(e instanceof EventLogUnavailableException || e instanceof PersonalDataErasedException),
                        e -> new EventLogUnavailableException(properties.retryAfter(), e));
    }

    /** Appends several events atomically: all are visible to read-committed consumers, or none. */
    public Mono<List<AppendedEvent>> appendAll(List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return Mono.just(List.of());
        }
        if (events.size() == 1) {
            return append(events.get(0)).map(List::of);
        }
        // encoded (data keys looked up or created) before the transaction opens: a key-table failure leaves
        // no transaction behind, and the transaction stays as short as the sends
        return Mono.fromCallable(() -> events.stream().map(this::record).toList())
                .map(records -> template.executeInTransaction(operations -> {
                    List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
                    for (ProducerRecord<String, byte[]> record : records) {
                        sends.add(operations.send(record));
                    }
                    List<AppendedEvent> appended = new ArrayList<>();
                    for (int i = 0; i < events.size(); i++) {
                        appended.add(appended(events.get(i), acknowledged(sends.get(i))));
                    }
                    return appended;
                }))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(e -> !(e instanceof PersonalDataErasedException),
                        e -> new EventLogUnavailableException(properties.retryAfter(), e));
    }

    /** Waits for one send of a transaction; any failure aborts the whole transaction. */
    private RecordMetadata acknowledged(CompletableFuture<SendResult<String, byte[]>> send) {
        try {
            return send.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge", e);
        }
    }

    private ProducerRecord<String, byte[]> record(EventEnvelope event) {
        return new ProducerRecord<>(Topics.EVENTS, event.userid(), codec.encode(event));
    }

    private static AppendedEvent appended(EventEnvelope event, RecordMetadata metadata) {
        return new AppendedEvent(event.id(), metadata.partition(), metadata.offset());
    }
}
