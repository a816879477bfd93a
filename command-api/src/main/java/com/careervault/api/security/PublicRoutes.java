package com.careervault.api.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The routes anyone may call without an access token. One list, read both by
 * the security filter chain and by the OpenAPI document (which marks every
 * other operation as needing the bearer token), so the two cannot disagree.
 */
public final class PublicRoutes {

    /** A method and an Ant-style path pattern ({@code /**} matches any rest). */
    public record Route(HttpMethod method, String pattern) {
    }

    public static final List<Route> ROUTES = List.of(
            new Route(HttpMethod.POST, "/auth/signup"),
            new Route(HttpMethod.POST, "/auth/login"),
            new Route(HttpMethod.POST, "/auth/refresh"),
            // the refresh token in the body is the credential
            new Route(HttpMethod.POST, "/auth/logout"),
            // the signed token in the body names the account
            new Route(HttpMethod.POST, "/auth/verify-email"),
            new Route(HttpMethod.GET, "/health"),
            new Route(HttpMethod.GET, "/actuator/health/**"),
            new Route(HttpMethod.GET, "/actuator/prometheus"),
            new Route(HttpMethod.GET, "/v3/api-docs/**"),
            new Route(HttpMethod.GET, "/swagger-ui.html"),
            new Route(HttpMethod.GET, "/swagger-ui/**"),
            new Route(HttpMethod.GET, "/webjars/**"),
            new Route(HttpMethod.POST, "/auth/forgot-password"),
            // the signed token of an emailed link names the user
            new Route(HttpMethod.POST, "/auth/reset-password"),
            new Route(HttpMethod.POST, "/unsubscribe"),
            // calendar apps poll without headers: the secret in the path is the credential
            new Route(HttpMethod.GET, "/calendar/*.ics"),
            new Route(HttpMethod.HEAD, "/calendar/*.ics"));

    private PublicRoutes() {
    }

    /** Whether {@code path} (a concrete path or an OpenAPI path template) is open for {@code method}. */
    public static boolean isPublic(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return ROUTES.stream().filter(route -> route.method().equals(method))
                .map(route -> PathPatternParser.defaultInstance.parse(route.pattern()))
                .anyMatch((PathPattern pattern) -> pattern.matches(container));
    }
}
