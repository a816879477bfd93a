package com.careervault.enricher.insights;

import com.careervault.contracts.enrichment.AiProviders;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careervault.ai.*}: which provider the enricher asks and the safeguards around it (docs/enricher.md,
 * docs/configuration.md).
 *
 * @param provider {@code lexical}, {@code gemini} or {@code openai-compatible} ({@code AI_PROVIDER}); blank:
 *        {@code gemini} when {@link #geminiApiKey} is set, else {@code lexical}
 * @param geminiApiKey the Gemini API key ({@code GEMINI_API_KEY}); never logged
 * @param geminiModel e.g. {@code gemini-2.5-flash} ({@code GEMINI_MODEL})
 * @param geminiBaseUrl another endpoint for the Gemini API, for tests ({@code GEMINI_BASE_URL}); blank: Google's
 * @param openaiCompatibleBaseUrl e.g. {@code http://localhost:11434/v1} for Ollama
 *        ({@code OPENAI_COMPATIBLE_BASE_URL})
 * @param openaiCompatibleApiKey sent as a bearer token when set ({@code OPENAI_COMPATIBLE_API_KEY})
 * @param openaiCompatibleModel e.g. {@code llama3.1} ({@code OPENAI_COMPATIBLE_MODEL})
 * @param callTimeout the longest one provider call may take ({@code AI_CALL_TIMEOUT}); then the result is the
 *        lexical one, degraded {@code timeout}
 * @param rateLimitPerMinute provider calls per user per minute ({@code AI_RATE_LIMIT_PER_MINUTE}); over it:
 *        degraded {@code rate-limited}
 * @param dailyBudgetPerUser provider calls per user per UTC day ({@code AI_DAILY_BUDGET_PER_USER}); over it:
 *        degraded {@code daily-budget}
 */
@ConfigurationProperties("careervault.ai")
public record AiProperties(
        String provider,
        String geminiApiKey,
        @DefaultValue("gemini-2.5-flash") String geminiModel,
        String geminiBaseUrl,
        String openaiCompatibleBaseUrl,
        String openaiCompatibleApiKey,
        String openaiCompatibleModel,
        @DefaultValue("20s") Duration callTimeout,
        @DefaultValue("10") int rateLimitPerMinute,
        @DefaultValue("200") int dailyBudgetPerUser) {

    public AiProperties {
        geminiModel = geminiModel == null || geminiModel.isBlank() ? "gemini-2.5-flash" : geminiModel.trim();
        callTimeout = callTimeout == null || callTimeout.isZero() || callTimeout.isNegative()
                ? Duration.ofSeconds(20) : callTimeout;
    }

    /** The provider to ask: {@link #provider} when set, else gemini when a Gemini key is set, else lexical. */
    public String selectedProvider() {
        if (provider != null && !provider.isBlank()) {
            String name = provider.trim().toLowerCase(java.util.Locale.ROOT);
            if (!AiProviders.ALL.contains(name)) {
                throw new IllegalStateException("careervault.ai.provider (AI_PROVIDER) is '" + provider
                        + "'; it must be one of " + AiProviders.ALL);
            }
            return name;
        }
        return hasGeminiKey() ? AiProviders.GEMINI : AiProviders.LEXICAL;
    }

    public boolean hasGeminiKey() {
        return geminiApiKey != null && !geminiApiKey.isBlank();
    }

    /** Never the keys. */
    @Override
    public String toString() {
        return "AiProperties[provider=" + selectedProvider() + ", geminiModel=" + geminiModel
                + ", openaiCompatibleBaseUrl=" + openaiCompatibleBaseUrl + ", openaiCompatibleModel="
                + openaiCompatibleModel + ", callTimeout=" + callTimeout + ", rateLimitPerMinute="
                + rateLimitPerMinute + ", dailyBudgetPerUser=" + dailyBudgetPerUser + "]";
    }
}
