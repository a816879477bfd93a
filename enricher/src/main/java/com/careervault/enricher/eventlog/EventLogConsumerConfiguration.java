package com.careervault.enricher.eventlog;

import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class EventLogConsumerConfiguration {

    /**
     * A failed poll (its transaction aborted) is delivered again from its first record, with back-off and
     * without limit: the container seeks back and keeps polling, so it stays in its group, and commits
     * nothing until the poll succeeds. The default would give up after ten tries and commit past the records.
     */
    @Bean
    AfterRollbackProcessor<Object, Object> eventLogAfterRollback() {
        ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return new DefaultAfterRollbackProcessor<>(EventLogConsumerConfiguration::neverSkip, backOff);
    }

    /** Reached only if the back-off ever ends: refuse, so the records are delivered again rather than lost. */
    private static void neverSkip(ConsumerRecord<?, ?> record, Exception failure) {
        throw new IllegalStateException("not skipping " + record.topic() + "-" + record.partition() + "@"
                + record.offset(), failure);
    }

    /** The events' time and the daily budget's midnight. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
