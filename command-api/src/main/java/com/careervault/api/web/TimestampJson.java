package com.careervault.api.web;

import com.careervault.contracts.time.Timestamps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/**
 * Any {@link java.time.Instant} the API writes in an answer is in the one
 * timestamp format of {@link Timestamps}, and read leniently in a request:
 * Spring Boot adds every {@link JacksonModule} bean to its JSON mapper.
 */
@Configuration(proxyBeanMethods = false)
public class TimestampJson {

    @Bean
    JacksonModule careerVaultTimestamps() {
        return Timestamps.jacksonModule();
    }
}
