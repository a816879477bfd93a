package com.careervault.api.health;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The AI settings the API knows of. The API calls no AI (the enricher does); it reads the enricher's Gemini key
 * ({@code GEMINI_API_KEY}, the same variable the enricher reads) only so that {@code GET /health} can say
 * whether Gemini is configured, as the seed did.
 *
 * @param geminiApiKey the Gemini API key; only whether it is set is used, never its value
 */
@ConfigurationProperties("careervault.ai")
public record AiProperties(String geminiApiKey) {

    boolean geminiConfigured() {
        return geminiApiKey != null && !geminiApiKey.isBlank();
    }

    /** Without the key: a record's default toString would print it in logs and failure analyses. */
    @Override
    public String toString() {
        return "AiProperties[geminiApiKey=" + (geminiConfigured() ? "(set)" : "(not set)") + "]";
    }
}
