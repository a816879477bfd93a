package com.careervault.api.ratelimits;

import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.api.problems.ProblemWriter;
import com.careervault.api.problems.Problems;
import io.github.bucket4j.ConsumptionProbe;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits what one client address may send to the public routes ({@link AddressLimitedRoutes}: sign-up, sign-in,
 * refresh, password reset, email links), one Bucket4j bucket per address and route group, refilled smoothly
 * (default 600 per minute: a test suite or a benchmark from one address never reaches it). Past the limit the
 * answer is 429 problem+json ({@link RateLimitedException}'s shape) with {@code Retry-After}, and the request
 * goes no further. When the store cannot be reached the answer is 503, never a pass.
 *
 * <p>Ordered just before Spring Security's filter chain ({@code WebFilterChainProxy}, order -100), so every
 * listed route is limited whether or not the security configuration lists it as public, and before any token
 * is checked; the 429 carries the API's CORS headers itself (the chain's CORS filter has not run yet).
 *
 * <p>The client address is the connection's remote address as the server sees it: behind a proxy or load
 * balancer that is the proxy's, unless {@code server.forward-headers-strategy} is set (docs/operations.md). An
 * IPv6 address counts by its /64 network, the block one subscriber usually holds.
 */
@Component
@Order(ClientAddressRateLimitFilter.ORDER)
public class ClientAddressRateLimitFilter implements WebFilter {

    /**
     * Just before Spring Security's {@code WebFilterChainProxy} ({@code WebFluxSecurityConfiguration
     * .WEB_FILTER_CHAIN_FILTER_ORDER}, -100, not public), after {@code RequestLimitsFilter} (first of all).
     */
    static final int ORDER = -101;

    private static final Logger log = LoggerFactory.getLogger(ClientAddressRateLimitFilter.class);

    private final RateLimitBuckets buckets;
    private final RateLimitProperties properties;
    private final ProblemWriter problems;
    private final ObjectProvider<CorsConfigurationSource> cors;

    public ClientAddressRateLimitFilter(RateLimitBuckets buckets, RateLimitProperties properties,
            ProblemWriter problems, ObjectProvider<CorsConfigurationSource> cors) {
        this.buckets = buckets;
        this.properties = properties;
        this.problems = problems;
        this.cors = cors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<AddressLimitedRoutes> route = AddressLimitedRoutes.of(exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().pathWithinApplication().value());
        if (route.isEmpty()) {
            return chain.filter(exchange);
        }
        AddressLimitedRoutes group = route.get();
        RateLimitProperties.Limit limit = group.limit(properties.perAddress());
        String key = RateLimitBuckets.key("address-" + group.group(), limit, clientAddress(exchange));
        return buckets.take(key, limit, RateLimitBuckets.Refill.SMOOTH)
                .map(Optional::of)
                .onErrorResume(DependencyUnavailableException.class, e -> {
                    log.warn("rate limit store unavailable: {}", e.getCause() == null ? e : e.getCause().toString());
                    return Mono.just(Optional.empty());
                })
                .flatMap(probe -> {
                    if (probe.isEmpty()) {
                        return unavailable(exchange);
                    }
                    return probe.get().isConsumed() ? chain.filter(exchange) : refuse(exchange, group, limit, probe.get());
                });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, AddressLimitedRoutes group, RateLimitProperties.Limit limit,
            ConsumptionProbe probe) {
        RateLimitedException refused = new RateLimitedException("Too many " + group.requests()
                + " from this address", "at most " + limit.describe("per"),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
        withCors(exchange);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                Long.toString(refused.retryAfterSeconds()));
        ProblemDetail problem = refused.getBody();
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problems.write(exchange, problem);
    }

    private Mono<Void> unavailable(ServerWebExchange exchange) {
        withCors(exchange);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return problems.write(exchange, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                "The " + DynamoDbProxyManager.STORE + " is unavailable; retry later"));
    }

    /** The API's CORS headers, so that a browser on an allowed origin can read the refusal. */
    private void withCors(ServerWebExchange exchange) {
        CorsConfigurationSource source = cors.getIfAvailable();
        CorsConfiguration configuration = source == null ? null : source.getCorsConfiguration(exchange);
        if (configuration != null) {
            new DefaultCorsProcessor().process(configuration, exchange);
        }
    }

    /** The remote address, an IPv6 one cut to its /64 network; "unknown" when the server has none. */
    static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        InetAddress address = remote.getAddress();
        if (address == null) {
            return remote.getHostString();
        }
        if (address instanceof Inet6Address) {
            try {
                return InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(address.getAddress(), 8), 16)).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException("16 bytes are an IPv6 address", e);
            }
        }
        return address.getHostAddress();
    }
}
