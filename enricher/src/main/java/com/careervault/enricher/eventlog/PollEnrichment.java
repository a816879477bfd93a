package com.careervault.enricher.eventlog;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.contracts.events.UserResumeChanged;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import com.careervault.enricher.deadletter.DeadLetterPublisher;
import com.careervault.enricher.enrichment.EnricherMetrics;
import com.careervault.enricher.enrichment.Enrichment;
import com.careervault.enricher.enrichment.EnrichmentMemo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Processes one poll of the event log inside the Kafka transaction the listener container opened for it
 * (read-process-write): every {@code JobEnriched} the poll calls for and every dead letter is sent in that
 * transaction, and the container adds the poll's offsets to it ({@code sendOffsetsToTransaction}) before
 * committing. So the appended results and the consumer's progress become visible together or not at all: a
 * poll that fails half-way (DynamoDB or the data keys unreachable, the process killed) is aborted as a whole
 * — its results are never seen by read_committed consumers — and delivered again.
 * <p>
 * Delivered again, it costs nothing and appends nothing twice in effect: every answer was stored in the memo
 * table before the transaction could commit, and it is found there by its event id (derived from the job,
 * the inputs and the provider), so no provider is asked twice for one input; and what the read model already
 * shows is skipped. An aborted attempt's events, if a later attempt appends them again, carry the same ids.
 * <p>
 * The results are computed first and sent at the end, so the transaction is open only while sending: slow
 * provider calls cannot run into the broker's transaction timeout.
 * <p>
 * A record that is not a readable CareerVault event, or whose processing fails for a reason retrying cannot
 * fix, is dead-lettered (same transaction) and the poll goes on. An event whose personal fields can no longer
 * be decrypted (the user deleted the account) is skipped, as is everything else of a user whose
 * {@code UserDeleted} is in the poll; {@code UserDeleted} deletes the user's memo items. DynamoDB or data-key
 * outages are retried in place ({@link TransientRetry}), then the poll fails and is redelivered with back-off,
 * without limit: such records are never dead-lettered or skipped.
 */
@Component
public class PollEnrichment {

    private static final Logger log = LoggerFactory.getLogger(PollEnrichment.class);

    private final EventCodec codec;
    private final Enrichment enrichment;
    private final EnrichmentMemo memo;
    private final DeadLetterPublisher deadLetters;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final TransientRetry retry;
    private final EnricherMetrics metrics;
    private final DataKeys dataKeys;

    public PollEnrichment(EventCodec codec, Enrichment enrichment, EnrichmentMemo memo,
            DeadLetterPublisher deadLetters, KafkaTemplate<byte[], byte[]> kafka, TransientRetry retry,
            EnricherMetrics metrics, DataKeys dataKeys) {
        this.dataKeys = dataKeys;
        this.codec = codec;
        this.enrichment = enrichment;
        this.memo = memo;
        this.deadLetters = deadLetters;
        this.kafka = kafka;
        this.retry = retry;
        this.metrics = metrics;
    }

    /**
     * Must run in the container's Kafka transaction (the template is transactional).
     *
     * @throws EnrichmentUnavailableException when DynamoDB or the data keys stay unreachable: nothing of the
     *         poll is committed, and the container delivers it again
     */
    public void apply(List<ConsumerRecord<byte[], byte[]>> records) {
        List<Decoded> decoded = new ArrayList<>();
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        Set<String> deletedHere = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                EventEnvelope event = retry.call("decoding " + position(record), () -> codec.decode(record.value()));
                decoded.add(new Decoded(record, event));
                if (event.data() instanceof UserDeleted) {
                    deletedHere.add(event.userid());
                }
            } catch (EventFormatException unreadable) {
                out.add(deadLetter(record, unreadable));
            } catch (PersonalDataErasedException gone) {
                metrics.event("ignored");
                log.debug("skipping {}: event {} ({}) of a deleted user", position(record), gone.eventId(),
                        gone.eventType());
            }
        }
        for (Decoded each : decoded) {
            EventEnvelope event = each.event();
            if (event.data() instanceof UserDeleted) {
                int forgotten = memo.forget(event.userid());
                metrics.event("ignored");
                log.info("user {} deleted: {} remembered enrichments deleted", event.userid(), forgotten);
            } else if (deletedHere.contains(event.userid()) || deletedBefore(event)) {
                // the user is gone: nothing is computed, remembered or appended for them
                metrics.event("ignored");
            } else {
                out.addAll(process(each));
            }
        }
        send(out, records.size());
    }

    /**
     * A resume change is the one trigger that is not encrypted, so a deleted user's is still readable: it is
     * recognised by the user's deleted data key ({@code keyFor} refuses a deleted user; it creates the key of
     * a user who never had one, as encoding the result would). Without this, a replay could compute and
     * remember results for the jobs the projector has not erased yet.
     */
    private boolean deletedBefore(EventEnvelope event) {
        if (!(event.data() instanceof UserResumeChanged)) {
            return false;
        }
        try {
            retry.call("reading the data key of " + event.userid(), () -> dataKeys.keyFor(event.userid()));
            return false;
        } catch (PersonalDataErasedException gone) {
            return true;
        }
    }

    private List<ProducerRecord<byte[], byte[]>> process(Decoded each) {
        ConsumerRecord<byte[], byte[]> record = each.record();
        try {
            List<ProducerRecord<byte[], byte[]>> appended = new ArrayList<>();
            for (EventEnvelope result : enrichment.resultsFor(each.event(), record.partition(), record.offset())) {
                try {
                    byte[] value = retry.call("encoding " + result.id(), () -> codec.encode(result));
                    // the key is the user id, as every producer's: the user's results stay in the user's partition
                    appended.add(new ProducerRecord<>(Topics.EVENTS, result.userid().getBytes(StandardCharsets.UTF_8),
                            value));
                } catch (PersonalDataErasedException gone) {
                    log.debug("not appending {}: user {} was deleted meanwhile", result.id(), result.userid());
                }
            }
            return appended;
        } catch (EnrichmentUnavailableException unavailable) {
            throw unavailable;
        } catch (RuntimeException cannotProcess) {
            // e.g. DynamoDB refusing the request, a result that breaks the event's rules: retrying cannot help
            return List.of(deadLetter(record, cannotProcess));
        }
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ConsumerRecord<byte[], byte[]> record, Throwable reason) {
        metrics.event("dead-lettered");
        return deadLetters.deadLetter(record, reason);
    }

    /** Sends in the container's transaction and waits for every acknowledgement, so a failed send fails the poll. */
    private void send(List<ProducerRecord<byte[], byte[]>> out, int polled) {
        if (out.isEmpty()) {
            return;
        }
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (ProducerRecord<byte[], byte[]> record : out) {
            sent.add(kafka.send(record));
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            log.warn("sending {} records for a poll of {} failed ({}); the poll will be redelivered", out.size(),
                    polled, TransientRetry.unwrap(e).toString());
            throw new EnrichmentUnavailableException(TransientRetry.unwrap(e));
        }
        log.debug("a poll of {} records appended {} records", polled, out.size());
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private record Decoded(ConsumerRecord<byte[], byte[]> record, EventEnvelope event) {
    }
}
