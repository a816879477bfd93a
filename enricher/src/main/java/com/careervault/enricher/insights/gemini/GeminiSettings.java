package com.careervault.enricher.insights.gemini;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the Gemini API (Google AI, not Vertex AI).
 *
 * @param apiKey the Gemini API key (env {@code GEMINI_API_KEY}), sent by the SDK as {@code x-goog-api-key}
 * @param model the model name, e.g. {@code gemini-2.5-flash}
 * @param timeout the whole call's limit (the SDK's HTTP timeout, whole milliseconds)
 * @param baseUrl null for Google's endpoint ({@code https://generativelanguage.googleapis.com/}); a loopback URL
 *        in tests
 */
public record GeminiSettings(String apiKey, String model, Duration timeout, String baseUrl) {

    public GeminiSettings {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("the Gemini provider needs an API key");
        }
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be positive and below 24 days");
        }
    }

    /** Hides the key from logs and exception messages. */
    @Override
    public String toString() {
        return "GeminiSettings[apiKey=***, model=" + model + ", timeout=" + timeout + ", baseUrl=" + baseUrl + "]";
    }
}
