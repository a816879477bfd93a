package com.careervault.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.problems.ProblemWriter;
import com.careervault.api.sessions.UnreachableSessions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** When the session store cannot be reached, an authenticated request is a 503 problem, never let through. */
class OpenSessionFilterTest {

    private final ProblemWriter problems = new ProblemWriter(JsonMapper.builder().build());
    private final OpenSessionFilter filter = new OpenSessionFilter(UnreachableSessions.create(),
            new ProblemAuthenticationEntryPoint(problems), problems);

    @Test
    void anUnreachableSessionStoreIsA503NotAPass() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/jobs")
                .header("Authorization", "Bearer token"));
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject("user-1").jti("jti-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600)).build();
        boolean[] passed = {false};

        filter.filter(exchange, e -> {
            passed[0] = true;
            return Mono.empty();
        }).contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(token)))
                .block();

        assertThat(passed[0]).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(exchange.getResponse().getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"status\":503").contains("The session store is unavailable; retry later");
    }

    @Test
    void anAnonymousRequestIsLeftToTheAuthorizationRules() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/health"));
        boolean[] passed = {false};

        filter.filter(exchange, e -> {
            passed[0] = true;
            return Mono.empty();
        }).block();

        assertThat(passed[0]).isTrue();
    }
}
