package com.careervault.api.ratelimits;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpMethod;

/**
 * The public routes limited per client address, in groups that share one limit each
 * ({@link RateLimitProperties.PerAddress}). One list, read by {@link ClientAddressRateLimitFilter} and by the
 * OpenAPI document (which gives these operations their 429 answer), so the two cannot disagree.
 */
public enum AddressLimitedRoutes {

    SIGNUP("signup", RateLimitProperties.PerAddress::signup, "sign-ups", "/auth/signup"),
    LOGIN("login", RateLimitProperties.PerAddress::login, "sign-ins", "/auth/login"),
    REFRESH("refresh", RateLimitProperties.PerAddress::refresh, "token refreshes", "/auth/refresh"),
    PASSWORD_RESET("password-reset", RateLimitProperties.PerAddress::passwordReset, "password resets",
            "/auth/forgot-password", "/auth/reset-password"),
    EMAIL_LINKS("email-links", RateLimitProperties.PerAddress::emailLinks, "email links",
            "/auth/verify-email", "/unsubscribe");

    /** Every limited route is a POST: reading a page never counts. */
    public static final HttpMethod METHOD = HttpMethod.POST;

    private final String group;
    private final Function<RateLimitProperties.PerAddress, RateLimitProperties.Limit> limit;
    private final String requests;
    private final List<String> paths;

    AddressLimitedRoutes(String group, Function<RateLimitProperties.PerAddress, RateLimitProperties.Limit> limit,
            String requests, String... paths) {
        this.group = group;
        this.limit = limit;
        this.requests = requests;
        this.paths = List.of(paths);
    }

    /** The group that limits {@code method path} (exact path, no trailing slash), if any. */
    public static Optional<AddressLimitedRoutes> of(HttpMethod method, String path) {
        if (!METHOD.equals(method)) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(group -> group.paths.contains(path)).findFirst();
    }

    /** Whether {@code method path} (a concrete path or an OpenAPI path template) is limited per address. */
    public static boolean isLimited(HttpMethod method, String path) {
        return of(method, path).isPresent();
    }

    String group() {
        return group;
    }

    RateLimitProperties.Limit limit(RateLimitProperties.PerAddress perAddress) {
        return limit.apply(perAddress);
    }

    /** What the group's requests are, for a problem's detail ("sign-ins"). */
    String requests() {
        return requests;
    }

    List<String> paths() {
        return paths;
    }
}
