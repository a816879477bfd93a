package com.careervault.benchmark;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The reference endpoints: registered by the benchmark into the command API's
 * own context, so a request passes the same Netty server, security filter chain
 * and JWT decoder as a job command, reads the same JSON body, answers the same
 * status, and does nothing else (no validation, no Kafka, no DynamoDB).
 */
@RestController
public class NoopController {

    static final String PATH = "/bench/noop";

    @PostMapping(PATH)
    public Mono<ResponseEntity<Map<String, String>>> post(@AuthenticationPrincipal Jwt token,
            @RequestBody JsonNode body) {
        return Mono.just(ResponseEntity.accepted().body(Map.of("user_id", token.getSubject())));
    }

    @GetMapping(PATH)
    public Mono<Map<String, String>> get(@AuthenticationPrincipal Jwt token) {
        return Mono.just(Map.of("user_id", token.getSubject()));
    }
}
