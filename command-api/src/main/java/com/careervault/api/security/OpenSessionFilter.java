package com.careervault.api.security;

import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.api.problems.ProblemWriter;
import com.careervault.api.problems.Problems;
import com.careervault.api.sessions.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs after bearer-token authentication: a verified access token whose session was
 * signed out (or that no session of ours issued) gets the same 401 as any invalid token.
 * When the session store cannot be reached the answer is 503, never a pass.
 */
final class OpenSessionFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(OpenSessionFilter.class);

    private enum Verdict { PASS, ENDED, UNAVAILABLE }

    private final Sessions sessions;
    private final ProblemAuthenticationEntryPoint entryPoint;
    private final ProblemWriter problems;

    OpenSessionFilter(Sessions sessions, ProblemAuthenticationEntryPoint entryPoint, ProblemWriter problems) {
        this.sessions = sessions;
        this.entryPoint = entryPoint;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .flatMap(authentication -> sessions.isActive(authentication.getToken()))
                .map(active -> active ? Verdict.PASS : Verdict.ENDED)
                .onErrorResume(DependencyUnavailableException.class, e -> {
                    log.warn("session store unavailable: {}", e.getCause() == null ? e : e.getCause().toString());
                    return Mono.just(Verdict.UNAVAILABLE);
                })
                .defaultIfEmpty(Verdict.PASS)
                .flatMap(verdict -> switch (verdict) {
                    case PASS -> chain.filter(exchange);
                    case ENDED -> entryPoint.commence(exchange,
                            new InvalidBearerTokenException("the token's session has ended"));
                    case UNAVAILABLE -> unavailable(exchange);
                });
    }

    private Mono<Void> unavailable(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return problems.write(exchange, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                "The session store is unavailable; retry later"));
    }
}
