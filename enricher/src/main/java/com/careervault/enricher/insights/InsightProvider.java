package com.careervault.enricher.insights;

/**
 * Something that reads a job posting (and the user's resume, when there is one) and says what it asks for and
 * how well the resume meets it. One implementation per {@code AiProviders} name; configuration picks one.
 * Implementations are thread-safe and never log the posting or the resume.
 */
public interface InsightProvider {

    /** Its {@code AiProviders} name, as recorded in {@code JobEnriched.provider}. */
    String name();

    /** The model it asks, as recorded in {@code JobEnriched.model} (e.g. {@code gemini-2.5-flash}). */
    String model();

    /**
     * Computes the insights for one posting, within the configured per-call timeout.
     *
     * @return insights whose values are within the event's limits (clamped, trimmed)
     * @throws InsightProviderException when the provider failed, timed out or answered something invalid
     */
    Insights insights(InsightRequest request) throws InsightProviderException;
}
