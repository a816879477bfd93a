package com.careervault.enricher.insights;

import java.util.Objects;

/**
 * The provider the enricher is configured to ask, and the offline one whose result stands in, marked
 * degraded, when it fails or is over its limits. Both may be the lexical provider (the default).
 */
public record EnricherProviders(InsightProvider configured, InsightProvider fallback) implements AutoCloseable {

    public EnricherProviders {
        Objects.requireNonNull(configured, "configured");
        Objects.requireNonNull(fallback, "fallback");
    }

    /** Releases what a provider holds (the Gemini SDK's HTTP client); Spring calls it when the context closes. */
    @Override
    public void close() throws Exception {
        if (configured instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
