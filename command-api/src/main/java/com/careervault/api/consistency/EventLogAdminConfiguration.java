package com.careervault.api.consistency;

import com.careervault.api.events.EventLogProperties;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Kafka admin client that reads end offsets and the projector's committed offsets, bounded like sends. */
@Configuration(proxyBeanMethods = false)
class EventLogAdminConfiguration {

    @Bean(destroyMethod = "close")
    Admin eventLogAdmin(KafkaProperties kafka, EventLogProperties events) {
        Map<String, Object> config = new HashMap<>(kafka.buildAdminProperties());
        int timeout = (int) events.sendTimeout().toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        return Admin.create(config);
    }
}
