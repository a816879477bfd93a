package com.careervault.contracts.enrichment;

import java.util.List;

/** The names of the enricher's providers, as configured ({@code AI_PROVIDER}) and as recorded in events. */
public final class AiProviders {

    /** Offline and deterministic: term weighting over the user's own postings. The default. */
    public static final String LEXICAL = "lexical";
    /** Google's Gemini API (when {@code GEMINI_API_KEY} is set). */
    public static final String GEMINI = "gemini";
    /** Any server speaking OpenAI's chat completions API: self-hosted Ollama, LM Studio, or OpenAI itself. */
    public static final String OPENAI_COMPATIBLE = "openai-compatible";

    public static final List<String> ALL = List.of(LEXICAL, GEMINI, OPENAI_COMPATIBLE);

    /** The reasons a result may be {@code degraded}. */
    public static final List<String> DEGRADED_REASONS = List.of(
            "timeout", "provider-error", "invalid-answer", "rate-limited", "daily-budget");

    private AiProviders() {
    }
}
