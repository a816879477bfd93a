package com.careervault.api.requests;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link RequestBodyDecoder} in place of the JSON decoder Spring Boot configures. */
@Configuration(proxyBeanMethods = false)
class RequestCodecConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    CodecCustomizer requestBodyCodec(JsonMapper json, RequestReader requests) {
        return configurer -> configurer.defaultCodecs().jacksonJsonDecoder(new RequestBodyDecoder(json, requests));
    }
}
