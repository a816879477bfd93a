package com.careervault.enricher;

import com.careervault.contracts.enrichment.AiProviders;
import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.enricher.insights.EnricherProviders;
import com.careervault.enricher.insights.InsightProvider;
import com.careervault.enricher.insights.InsightProviderException;
import com.careervault.enricher.insights.InsightRequest;
import com.careervault.enricher.insights.Insights;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Providers for the tests, in place of the configured ones: a "gemini" (or another name) that counts its calls per posting
 * and fails on request ({@link #FAIL} or {@link #SLOW} in the posting), and a stand-in for the lexical
 * fallback. Their answers are simple functions of the request, so tests can assert exact values.
 */
public final class TestProviders {

    /** Never counted down: what a provider that does not answer waits on. */
    private static final CountDownLatch NEVER_ANSWERED = new CountDownLatch(1);


    /** In a posting: the configured provider fails with provider-error. */
    public static final String FAIL = "[fail]";
    /** In a posting: the configured provider answers after the call timeout. */
    public static final String SLOW = "[slow]";

    public static final String MODEL = "test-model";
    public static final String LEXICAL_MODEL = "lexical-1";

    private final Map<String, AtomicInteger> callsByDescriptionHash = new ConcurrentHashMap<>();
    private final String name;
    private final EnricherProviders providers = new EnricherProviders(new Counting(), new Fallback());

    /** A counting provider named "gemini". */
    public TestProviders() {
        this(AiProviders.GEMINI);
    }

    /** A counting provider that calls itself {@code name} (an {@link AiProviders} name). */
    public TestProviders(String name) {
        this.name = name;
    }

    public EnricherProviders providers() {
        return providers;
    }

    /** How often the configured provider was asked about this posting (its hash), failures included. */
    public int calls(String description) {
        AtomicInteger calls = callsByDescriptionHash.get(EnrichmentInputs.hash(description));
        return calls == null ? 0 : calls.get();
    }

    /** The configured provider's answer. */
    public static Insights answer(InsightRequest request) {
        Integer score = request.resume() == null ? null : Math.min(100, request.resume().length());
        return new Insights("Summary of " + request.position() + " at " + request.company(),
                List.of("java", "kafka"), score,
                request.resume() == null ? List.of() : List.of("resume of " + request.resume().length()),
                request.resume() == null ? List.of() : List.of("others: " + request.otherPostings().size()));
    }

    /** The fallback's answer. */
    public static Insights fallbackAnswer(InsightRequest request) {
        return new Insights("Offline summary", List.of("lexical"), request.resume() == null ? null : 7,
                List.of(), List.of());
    }

    private final class Counting implements InsightProvider {

        @Override
        public String name() {
            return name;
        }

        @Override
        public String model() {
            return MODEL;
        }

        @Override
        public Insights insights(InsightRequest request) throws InsightProviderException {
            callsByDescriptionHash.computeIfAbsent(EnrichmentInputs.hash(request.jobDescription()),
                    hash -> new AtomicInteger()).incrementAndGet();
            if (request.jobDescription().contains(FAIL)) {
                throw new InsightProviderException("provider-error", "HTTP 503 from the test provider");
            }
            if (request.jobDescription().contains(SLOW)) {
                try {
                    // an answer that never comes: the enricher's timeout cancels (interrupts) the call long before
                    NEVER_ANSWERED.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InsightProviderException("timeout", "interrupted", e);
                }
            }
            return answer(request);
        }
    }

    private static final class Fallback implements InsightProvider {

        @Override
        public String name() {
            return AiProviders.LEXICAL;
        }

        @Override
        public String model() {
            return LEXICAL_MODEL;
        }

        @Override
        public Insights insights(InsightRequest request) {
            return fallbackAnswer(request);
        }
    }

    /** Registers one instance (and its providers) in a context, before the enricher's own would be made. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private final TestProviders providers;

        public Initializer() {
            this(new TestProviders());
        }

        /** For a second enricher that shares the first one's providers (and counts). */
        public Initializer(TestProviders providers) {
            this.providers = providers;
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Tables.ensureJobsTable();
            context.getBeanFactory().registerSingleton("testProviders", providers);
            context.getBeanFactory().registerSingleton("enricherProviders", providers.providers());
        }
    }
}
