package com.careervault.api.webapp;

import java.util.List;

/**
 * Which request paths belong to the single-page app. Everything under the API's own
 * prefixes is the API's (never shadowed by the app, even where no route exists: an
 * unknown API path stays a 404 problem); any other path is a page of the app, which
 * routes on the client, so it is answered with {@code index.html}.
 */
public final class WebAppPaths {

    /** The app's hashed, immutable files. */
    public static final String ASSETS = "/assets/";

    /** Path prefixes the API, its documentation and operations own. */
    public static final List<String> API_PREFIXES = List.of("/api", "/auth", "/health", "/actuator", "/v3",
            "/swagger-ui", "/webjars", "/calendar");

    private WebAppPaths() {
    }

    /** Whether {@code path} (a request path, not decoded) is the API's rather than the app's. */
    public static boolean isApi(String path) {
        // "/api" and "/api/..." but not "/apiary"; "/swagger-ui.html" too
        return API_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")
                || path.startsWith(prefix + "."));
    }

    /** Whether {@code path} is a client-side page of the app (answered with {@code index.html}). */
    public static boolean isPage(String path) {
        return !isApi(path) && !path.startsWith(ASSETS);
    }
}
