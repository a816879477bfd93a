package com.careervault.api.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the single-page app from the API's own origin (no CORS, no second server):
 * hashed assets under {@code /assets/} with a year's immutable cache lifetime, and
 * {@code index.html} for every other page path (the app routes on the client) with
 * no cache lifetime, so a new release is picked up on the next load, and with the
 * app's Content-Security-Policy. The API's paths ({@link WebAppPaths#isApi}) are
 * never answered here.
 */
@Configuration(proxyBeanMethods = false)
public class WebAppRoutes {

    private static final Logger log = LoggerFactory.getLogger(WebAppRoutes.class);

    @Bean
    RouterFunction<ServerResponse> webAppRouter(WebAppProperties properties, ResourceLoader resources) {
        Resource folder = resources.getResource(properties.location());
        Optional<byte[]> index = read(folder, "index.html");
        if (index.isEmpty()) {
            log.warn("No web app at {} (build the web module): / answers 404", properties.location());
            return RouterFunctions.route(request -> false, request -> ServerResponse.notFound().build());
        }
        CacheControl assetCache = CacheControl.maxAge(properties.assetMaxAge()).cachePublic().immutable();
        return RouterFunctions.resources(WebAppPaths.ASSETS + "**", relative(folder, "assets/"),
                        (resource, headers) -> headers.setCacheControl(assetCache))
                .and(RouterFunctions.route(RequestPredicates.GET("/**")
                                .and(request -> WebAppPaths.isPage(request.requestPath().value())),
                        request -> ServerResponse.ok()
                                .contentType(MediaType.TEXT_HTML)
                                .cacheControl(CacheControl.noCache())
                                .header("Content-Security-Policy", properties.contentSecurityPolicy())
                                .header("Referrer-Policy", "same-origin")
                                .bodyValue(index.get())));
    }

    private static Optional<byte[]> read(Resource folder, String name) {
        Resource file = relative(folder, name);
        if (!file.exists()) {
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web app's " + name, e);
        }
    }

    private static Resource relative(Resource folder, String path) {
        try {
            return folder.createRelative(path);
        } catch (IOException e) {
            throw new UncheckedIOException("bad web app location " + folder, e);
        }
    }
}
