package com.careervault.api.security;

import com.careervault.api.problems.ProblemWriter;
import com.careervault.api.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as problem+json, the same body for every cause (missing, expired, forged)
 * so that nothing about the token is leaked, plus the RFC 6750 challenge header.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", tokenSent
                ? "The access token is invalid or expired"
                : "Authentication is required: send a Cognito access token as 'Authorization: Bearer <token>'");
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        return problems.write(exchange, problem);
    }
}
