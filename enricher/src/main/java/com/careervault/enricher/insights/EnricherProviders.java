package com.careervault.enricher.insights;

import java.util.Objects;

/**
 * The provider the enricher is configured to ask, and the offline one whose result stands in, marked
 * degraded, when it fails or is over its limits. Both may be the lexical provider (the default).
 */
public record EnricherProviders(InsightProvider configured, InsightProvider fallback) {

    public EnricherProviders {
        Objects.requireNonNull(configured, "configured");
        Objects.requireNonNull(fallback, "fallback");
    }
}
