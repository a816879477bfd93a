package com.careervault.api.security;

import com.careervault.api.auth.CognitoProperties;
import com.careervault.api.aws.AwsProperties;
import com.careervault.api.problems.ProblemWriter;
import com.careervault.api.sessions.Sessions;
import com.careervault.api.web.ApiProperties;
import com.careervault.api.webapp.WebAppPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who may call what: the {@link PublicRoutes} (sign-up, sign-in, health, API
 * docs, the unsubscribe link) and the web app's pages ({@link WebAppPaths}) are open; every other endpoint needs a valid
 * Cognito access token of a session that is still open ({@link Sessions}). No
 * HTTP session, no CSRF: every request carries its token.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(CognitoProperties cognito, AwsProperties aws) {
        return CognitoAccessTokens.decoder(cognito, aws);
    }

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
            ProblemWriter problems, Sessions sessions) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .cors(cors -> { })
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.OPTIONS).permitAll();
                    PublicRoutes.ROUTES.forEach(route -> exchanges.pathMatchers(route.method(), route.pattern())
                            .permitAll());
                    // the web app's pages and assets: everything outside the API's paths
                    exchanges.matchers(SecurityConfiguration::webAppRead).permitAll();
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                // a genuine token is not enough: its session must still be open (signed-out tokens are refused)
                .addFilterAfter(new OpenSessionFilter(sessions, entryPoint, problems), SecurityWebFiltersOrder.AUTHENTICATION)
                .build();
    }

    private static Mono<ServerWebExchangeMatcher.MatchResult> webAppRead(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        return read && !WebAppPaths.isApi(exchange.getRequest().getPath().value())
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(ApiProperties api) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(api.corsAllowedOrigins());
        cors.addAllowedMethod("*");
        cors.addAllowedHeader("*");
        cors.addExposedHeader("Location");
        cors.addExposedHeader("Retry-After");
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
