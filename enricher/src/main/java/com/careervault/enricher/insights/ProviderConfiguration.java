package com.careervault.enricher.insights;

import com.careervault.contracts.enrichment.AiProviders;
import com.careervault.enricher.insights.gemini.GeminiProvider;
import com.careervault.enricher.insights.gemini.GeminiSettings;
import com.careervault.enricher.insights.lexical.LexicalProvider;
import com.careervault.enricher.insights.openai.OpenAiCompatibleProvider;
import com.careervault.enricher.insights.openai.OpenAiCompatibleSettings;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the provider the enricher asks ({@link AiProperties#selectedProvider()}: {@code AI_PROVIDER}, else
 * gemini when {@code GEMINI_API_KEY} is set, else lexical) and the lexical provider as its fallback. A context
 * that already has an {@link EnricherProviders} (the tests' counting providers) keeps it.
 */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProviderConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(EnricherProviders.class)
    EnricherProviders enricherProviders(AiProperties ai) {
        Map<String, Supplier<InsightProvider>> available = available(ai);
        String selected = ai.selectedProvider();
        InsightProvider fallback = create(available, AiProviders.LEXICAL);
        InsightProvider configured = AiProviders.LEXICAL.equals(selected) ? fallback : create(available, selected);
        log.info("insights from the {} provider (model {}), falling back to {} ({})", configured.name(),
                configured.model(), fallback.name(), fallback.model());
        return new EnricherProviders(configured, fallback);
    }

    /** The providers of this build by {@link AiProviders} name, each made from {@code ai} when chosen. */
    static Map<String, Supplier<InsightProvider>> available(AiProperties ai) {
        return Map.of(
                AiProviders.LEXICAL, LexicalProvider::new,
                AiProviders.GEMINI, () -> new GeminiProvider(new GeminiSettings(
                        required(ai.geminiApiKey(), "GEMINI_API_KEY"), ai.geminiModel(), ai.callTimeout(),
                        blankToNull(ai.geminiBaseUrl()))),
                AiProviders.OPENAI_COMPATIBLE, () -> new OpenAiCompatibleProvider(new OpenAiCompatibleSettings(
                        required(ai.openaiCompatibleBaseUrl(), "OPENAI_COMPATIBLE_BASE_URL"),
                        blankToNull(ai.openaiCompatibleApiKey()),
                        required(ai.openaiCompatibleModel(), "OPENAI_COMPATIBLE_MODEL"), ai.callTimeout())));
    }

    private static String required(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " must be set for this provider");
        }
        return value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static InsightProvider create(Map<String, Supplier<InsightProvider>> available, String name) {
        Supplier<InsightProvider> provider = available.get(name);
        if (provider == null) {
            throw new IllegalStateException("the " + name + " provider is not part of this build (available: "
                    + available.keySet() + ")");
        }
        return provider.get();
    }
}
