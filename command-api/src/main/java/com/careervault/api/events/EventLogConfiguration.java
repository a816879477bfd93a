package com.careervault.api.events;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producer of the event log: acks from every in-sync replica, idempotent,
 * with bounded blocking so an unreachable broker turns into a prompt 503.
 * Transactional so that a command of several events (a field change plus a
 * status change, a bulk command) is all-or-nothing; single events go without
 * a transaction, which is cheaper.
 */
@Configuration(proxyBeanMethods = false)
class EventLogConfiguration {

    @Bean
    ProducerFactory<String, byte[]> eventProducerFactory(KafkaProperties kafka, EventLogProperties events) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        long timeout = events.sendTimeout().toMillis();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout);
        // one millisecond of batching: concurrent commands share produce requests without making a
        // client wait noticeably (measured: 5 ms cost closed-loop throughput more than it spared the broker)
        int linger = 1;
        config.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout + linger);
        // keep the event topic's metadata however quiet the API is: sends then never wait for it (see EventLog)
        config.put(ProducerConfig.METADATA_MAX_IDLE_CONFIG, (int) java.time.Duration.ofDays(1).toMillis());
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) Math.max(timeout * 2, 10_000));
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        // unique per instance: instances must not fence each other's transactions
        factory.setTransactionIdPrefix("careervault-api-" + UUID.randomUUID() + "-");
        return factory;
    }

    @Bean
    KafkaTemplate<String, byte[]> eventTemplate(ProducerFactory<String, byte[]> eventProducerFactory) {
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(eventProducerFactory);
        template.setAllowNonTransactional(true);
        return template;
    }
}
