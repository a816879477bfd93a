package com.careervault.api.webapp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the single-page app's built files are and how they are served.
 *
 * @param location the folder holding {@code index.html} and {@code assets/} (a Spring resource
 *        location; the {@code web} module's jar puts them at {@code classpath:/careervault-web/})
 * @param assetMaxAge how long browsers may keep a hashed asset; its name changes with its content,
 *        so it never needs revalidating (RFC 9111 §5.2.2.1, RFC 8246 {@code immutable})
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of the app's pages: scripts and
 *        styles only from the app's own origin, never inline
 */
@ConfigurationProperties("careervault.web")
public record WebAppProperties(
        @DefaultValue("classpath:/careervault-web/") String location,
        @DefaultValue("365d") Duration assetMaxAge,
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'") String contentSecurityPolicy) {
}
