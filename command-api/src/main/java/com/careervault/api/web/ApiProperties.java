package com.careervault.api.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The API's own settings: which SPA origins may call it from a browser, and the public base URL. */
@ConfigurationProperties("careervault.api")
public record ApiProperties(List<String> corsAllowedOrigins, String version) {

    public ApiProperties {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        version = version == null || version.isBlank() ? "1.0.0" : version;
    }
}
