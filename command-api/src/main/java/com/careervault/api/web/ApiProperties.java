package com.careervault.api.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The API's own settings: which SPA origins may call it from a browser. */
@ConfigurationProperties("careervault.api")
public record ApiProperties(List<String> corsAllowedOrigins) {

    public ApiProperties {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    }
}
