package com.careervault.enricher.insights.openai;

import java.time.Duration;
import java.util.Objects;

/**
 * Where an OpenAI-compatible Chat Completions server is and what to ask it.
 *
 * @param baseUrl the API's base URL up to and including its version, without a trailing slash needed, e.g.
 *        {@code http://localhost:11434/v1} (Ollama), {@code http://localhost:1234/v1} (LM Studio),
 *        {@code https://api.openai.com/v1}; {@code /chat/completions} is appended
 * @param apiKey sent as {@code Authorization: Bearer <key>}; null or blank sends no such header (local servers)
 * @param model the model name as the server knows it (e.g. {@code llama3.1:8b})
 * @param timeout the whole call's limit, from connecting to the last byte of the answer
 */
public record OpenAiCompatibleSettings(String baseUrl, String apiKey, String model, Duration timeout) {

    public OpenAiCompatibleSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** Hides the key from logs and exception messages. */
    @Override
    public String toString() {
        return "OpenAiCompatibleSettings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null || apiKey.isBlank()
                ? "none" : "***") + ", model=" + model + ", timeout=" + timeout + "]";
    }
}
