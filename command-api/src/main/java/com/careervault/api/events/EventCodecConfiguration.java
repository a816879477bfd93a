package com.careervault.api.events;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.privacy.DataKeys;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventCodecConfiguration {

    /** Encrypts the personal fields of every event with its user's data key (docs/privacy.md). */
    @Bean
    EventCodec eventCodec(DataKeys dataKeys) {
        return new EventCodec(dataKeys);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
