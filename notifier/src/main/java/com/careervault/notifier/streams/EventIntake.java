package com.careervault.notifier.streams;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.kafka.DeadLetterHeaders;
import com.careervault.contracts.privacy.DataKeysUnavailableException;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.errors.TaskMigratedException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads raw records of the event log and hands each event to every named consumer child. A record
 * that cannot be processed goes to the notifier's dead-letter topic, inside the same exactly-once
 * transaction, with the reason in headers, and processing moves on to the next record of the
 * partition:
 *
 * <ul>
 *   <li><b>Unreadable</b>: the source hands over bytes, so a poison record never fails in a
 *       deserializer; the codec's {@link EventFormatException} is caught here.</li>
 *   <li><b>Failed in a child</b>: any exception from the reminders or statistics processor for this
 *       record, including {@link RecordTooLargeToWriteException} (a state or output record over
 *       {@link RecordSizeLimit}). The other children still get the event. What the failing child
 *       wrote to its stores before it threw stays (stores have no rollback within a transaction);
 *       our processors check what can fail before writing where they can.</li>
 * </ul>
 *
 * An event whose personal fields can no longer be decrypted (its user deleted the account, and with it the
 * data key) is skipped and counted, never dead-lettered: no reminder, account email or statistic comes of it.
 * When the data keys cannot be read (key table or KMS unreachable), the read is retried in place a few times
 * (about {@link #KEYS_RETRY_BUDGET_MILLIS}; a stream thread must not block much longer inside its
 * exactly-once transaction), then the exception leaves the processor: the transaction is aborted, nothing of
 * it is committed, and the stream thread is replaced ({@code NotifierStreams}), which reads the same record
 * again. Nothing is lost or skipped during an outage of the key table; processing just stops until it is back.
 *
 * <p>Failures of the task rather than of the record (a fenced producer, a migrated or corrupted task,
 * a broken local store) are rethrown: Kafka Streams recovers from them, and dead-lettering every
 * record while the disk is full would lose them all.
 *
 * <p>Oversized outputs are refused before they reach the producer because, under exactly-once, a
 * record the producer refuses aborts the whole transaction and the same input is processed again
 * forever; the production exception handler cannot prevent that in Kafka Streams 4.1. For the same
 * reason a dead letter that would be over {@link #MAX_DEAD_LETTER_BYTES} (an original record within a
 * few hundred bytes of the broker's limit) is written without its value (header
 * {@code careervault.dlt.value-omitted}); the origin headers say where the original is in the log.
 */
final class EventIntake implements Processor<byte[], byte[], Object, Object> {

    static final String VALUE_OMITTED = "careervault.dlt.value-omitted";
    /**
     * Largest dead letter (key, value and headers) written whole: the original record plus our headers
     * must stay below the producer's default {@code max.request.size} (1,048,576) and the broker's
     * {@code message.max.bytes} (1,048,588), batch overhead included.
     */
    static final int MAX_DEAD_LETTER_BYTES = 1_000_000;

    /** Roughly how long one record's key read is retried before the stream thread gives up (and is replaced). */
    static final long KEYS_RETRY_BUDGET_MILLIS = 3_000;
    private static final long KEYS_RETRY_FIRST_DELAY_MILLIS = 200;

    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

    private final EventCodec codec;
    private final String deadLetterChild;
    private final List<String> eventChildren;
    private final AtomicLong erasedEvents;
    private ProcessorContext<Object, Object> context;

    EventIntake(EventCodec codec, String deadLetterChild, List<String> eventChildren) {
        this(codec, deadLetterChild, eventChildren, new AtomicLong());
    }

    /** @param erasedEvents counts the events skipped because their user's personal data is erased */
    EventIntake(EventCodec codec, String deadLetterChild, List<String> eventChildren, AtomicLong erasedEvents) {
        this.codec = codec;
        this.deadLetterChild = deadLetterChild;
        this.eventChildren = List.copyOf(eventChildren);
        this.erasedEvents = erasedEvents;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        EventEnvelope event;
        try {
            event = decode(record);
        } catch (EventFormatException e) {
            log.warn("dead-lettering an unreadable event record: {}", e.getMessage());
            deadLetter(record, e.getMessage(), e);
            return;
        } catch (PersonalDataErasedException e) {
            erasedEvents.incrementAndGet();
            log.debug("skipping event {} ({}): its user was deleted", e.eventId(), e.eventType());
            return;
        }
        String key = record.key() == null ? event.userid() : new String(record.key(), StandardCharsets.UTF_8);
        Record<String, EventEnvelope> decoded = new Record<>(key, event, record.timestamp());
        for (String child : eventChildren) {
            try {
                context.forward(decoded, child);
            } catch (RuntimeException e) {
                Throwable cause = recordFailure(e);
                log.warn("dead-lettering event {} ({}): {} failed on it: {}", event.id(), event.type(), child,
                        cause.toString());
                deadLetter(record, child + ": " + cause.getMessage(), cause);
            }
        }
    }

    /** Decodes, retrying in place for a moment while the data keys cannot be read; then the task fails. */
    private EventEnvelope decode(Record<byte[], byte[]> record) {
        long deadline = System.nanoTime() + KEYS_RETRY_BUDGET_MILLIS * 1_000_000;
        long delay = KEYS_RETRY_FIRST_DELAY_MILLIS;
        while (true) {
            try {
                return codec.decode(record.value());
            } catch (DataKeysUnavailableException e) {
                if (System.nanoTime() + delay * 1_000_000 > deadline) {
                    log.warn("the data keys cannot be read ({}); failing the stream thread so that the record is"
                            + " processed again", e.getMessage());
                    throw e;
                }
                log.info("the data keys cannot be read ({}); retrying in {} ms", e.getMessage(), delay);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                delay *= 2;
            }
        }
    }

    /** The failure's cause when it is the record's fault; rethrows failures of the task itself. */
    private static Throwable recordFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TaskMigratedException || t instanceof TaskCorruptedException
                    || t instanceof ProducerFencedException || t instanceof ProcessorStateException) {
                throw e;
            }
        }
        // Kafka Streams wraps a child's exception in a StreamsException (the default processing.exception.handler
        // answers FAIL); the reason is the child's own exception
        return e instanceof StreamsException && e.getCause() != null ? e.getCause() : e;
    }

    private void deadLetter(Record<byte[], byte[]> record, String reason, Throwable cause) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(DeadLetterHeaders.REASON, bytes(reason));
        headers.add(DeadLetterHeaders.EXCEPTION, bytes(cause.getClass().getName()));
        context.recordMetadata().ifPresent(origin -> addOrigin(headers, origin));
        byte[] value = record.value();
        if (value != null && value.length + size(headers) + (record.key() == null ? 0 : record.key().length)
                > MAX_DEAD_LETTER_BYTES) {
            headers.add(VALUE_OMITTED, bytes(Integer.toString(value.length)));
            value = null;
        }
        context.forward(new Record<>(record.key(), value, record.timestamp(), headers), deadLetterChild);
    }

    private static int size(Headers headers) {
        int total = 0;
        for (Header header : headers) {
            total += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        return total;
    }

    private static void addOrigin(Headers headers, RecordMetadata origin) {
        headers.add(DeadLetterHeaders.ORIGIN_TOPIC, bytes(origin.topic()));
        headers.add(DeadLetterHeaders.ORIGIN_PARTITION, bytes(Integer.toString(origin.partition())));
        headers.add(DeadLetterHeaders.ORIGIN_OFFSET, bytes(Long.toString(origin.offset())));
    }

    private static byte[] bytes(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
