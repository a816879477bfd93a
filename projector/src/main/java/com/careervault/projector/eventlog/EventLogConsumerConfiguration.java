package com.careervault.projector.eventlog;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class EventLogConsumerConfiguration {

    /**
     * Commit past transaction markers too. The API's read-your-writes waits
     * until this group's committed offset reaches the partition's end offset
     * (see command-api's ProjectorProgress); without this, a partition whose
     * last record is a transaction's commit marker would stay one short of it
     * until the next record arrived.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> commitPastTxMarkers() {
        return container -> container.getContainerProperties().setFixTxOffsets(true);
    }

    /**
     * A failed poll (DynamoDB still unavailable after the per-event retries) is
     * retried as a whole, with back-off and without limit: the container
     * pauses the consumer and keeps polling meanwhile, so it stays in its group,
     * and commits nothing until the poll is applied. Records already applied
     * are skipped on the retry by their log position.
     */
    @Bean
    CommonErrorHandler eventLogErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return new DefaultErrorHandler(EventLogConsumerConfiguration::neverSkip, backOff);
    }

    /** Reached only if the back-off ever ends: refuse, so the records are redelivered rather than lost. */
    private static void neverSkip(ConsumerRecord<?, ?> record, Exception failure) {
        throw new IllegalStateException("not skipping " + record.topic() + "-" + record.partition() + "@"
                + record.offset(), failure);
    }
}
