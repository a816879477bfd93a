package com.careervault.enricher.insights;

import com.careervault.contracts.enrichment.AiProviders;
import com.careervault.enricher.enrichment.EnricherMetrics;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Asks the configured provider within its limits, and answers with the lexical provider's result, marked
 * degraded with the reason, whenever it cannot: over the user's rate limit ({@code rate-limited}) or daily
 * budget ({@code daily-budget}), a timeout ({@code timeout}), a failure ({@code provider-error}) or an answer
 * that is not what was asked for ({@code invalid-answer}).
 * <p>
 * The limits are Bucket4j buckets in this process's memory, per user: all of a user's events share one
 * partition of the log (the key is the user id), and a partition is read by one instance of the group at a
 * time, so one user's calls are counted in one place. After a rebalance the new owner starts the user's
 * buckets afresh, and so does a restart: the limits bound the cost per instance lifetime, not exactly per
 * minute or day. The daily budget refills at midnight UTC. Buckets of users idle for a day are dropped.
 * <p>
 * The provider enforces its own timeout; the call is also bounded here (the timeout plus a second of grace),
 * so a provider that ignores it cannot stall the consumer.
 */
@Component
public class Safeguards implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Safeguards.class);
    private static final Duration GRACE = Duration.ofSeconds(1);

    private final EnricherProviders providers;
    private final AiProperties ai;
    private final EnricherMetrics metrics;
    private final Clock clock;
    private final Cache<String, UserLimits> limits = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofDays(1))
            .maximumSize(100_000)
            .build();
    private final ExecutorService calls;

    public Safeguards(EnricherProviders providers, AiProperties ai, EnricherMetrics metrics, Clock clock) {
        this.providers = providers;
        this.ai = ai;
        this.metrics = metrics;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.calls = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "insight-provider-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The provider recorded in events: the configured one, also when its result was replaced. */
    public String configuredProvider() {
        return providers.configured().name();
    }

    /**
     * Insights for one posting, never failing for a provider's reason.
     *
     * @param userId whose limits the call counts against
     * @param jobId for the log only
     */
    public Answer insights(String userId, String jobId, InsightRequest request) {
        return ask(userId, jobId, request, false);
    }

    /**
     * Like {@link #insights}, but over the user's per-minute rate limit it waits for the next call allowed
     * instead of answering degraded {@code rate-limited} (which is final for that input): for work that is not
     * in a hurry, such as the provider sweep. The daily budget applies as usual. Blocks the calling thread (at
     * most a minute per call).
     *
     * @throws IllegalStateException when the thread is interrupted while waiting (its interrupt flag set)
     */
    public Answer pacedInsights(String userId, String jobId, InsightRequest request) {
        return ask(userId, jobId, request, true);
    }

    private Answer ask(String userId, String jobId, InsightRequest request, boolean waitForRate) {
        InsightProvider configured = providers.configured();
        if (AiProviders.LEXICAL.equals(configured.name())) {
            return lexical(configured, request, null);
        }
        UserLimits user = limits.get(userId, id -> new UserLimits(ai, clock));
        if (user.daily.getAvailableTokens() < 1) {
            return degraded(configured, userId, jobId, request, "daily-budget");
        }
        if (waitForRate) {
            try {
                user.perMinute.asBlocking().consume(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a call of " + configured.name(), e);
            }
        } else if (!user.perMinute.tryConsume(1)) {
            return degraded(configured, userId, jobId, request, "rate-limited");
        }
        if (!user.daily.tryConsume(1)) {
            return degraded(configured, userId, jobId, request, "daily-budget");
        }
        Future<Insights> call = calls.submit(() -> configured.insights(request));
        try {
            Insights insights = call.get(ai.callTimeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            if (insights == null || insights.summary() == null) {
                return degraded(configured, userId, jobId, request, "invalid-answer");
            }
            metrics.providerCall(configured.name(), "ok");
            return new Answer(configured.model(), false, null, insights);
        } catch (TimeoutException e) {
            call.cancel(true);
            return degraded(configured, userId, jobId, request, "timeout");
        } catch (ExecutionException e) {
            String reason = e.getCause() instanceof InsightProviderException failed
                    && AiProviders.DEGRADED_REASONS.contains(failed.reason()) ? failed.reason() : "provider-error";
            // the providers' messages name the failure (HTTP status, connection refused, ...), never the inputs
            String why = e.getCause() instanceof InsightProviderException failed ? failed.getMessage()
                    : e.getCause().getClass().getSimpleName();
            log.warn("{} failed for job {} of user {}: {} ({})", configured.name(), jobId, userId, reason, why);
            return degraded(configured, userId, jobId, request, reason);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + configured.name(), e);
        }
    }

    private Answer degraded(InsightProvider configured, String userId, String jobId, InsightRequest request,
            String reason) {
        metrics.providerCall(configured.name(), reason);
        log.info("job {} of user {}: {} {}, using the {} provider (degraded)", jobId, userId, configured.name(),
                reason, providers.fallback().name());
        return lexical(providers.fallback(), request, reason);
    }

    private Answer lexical(InsightProvider lexical, InsightRequest request, String degradedReason) {
        try {
            Insights insights = lexical.insights(request);
            if (degradedReason == null) {
                metrics.providerCall(lexical.name(), "ok");
            }
            return new Answer(lexical.model(), degradedReason != null, degradedReason, insights);
        } catch (InsightProviderException e) {
            // offline and deterministic: a failure is a bug, and the record is dead-lettered with it
            throw new IllegalStateException("the " + lexical.name() + " provider failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }

    /**
     * A provider's result as it goes into {@code JobEnriched}.
     *
     * @param model the model that produced the content
     * @param degradedReason null unless degraded
     */
    public record Answer(String model, boolean degraded, String degradedReason, Insights insights) {
    }

    /** One user's buckets. */
    private static final class UserLimits {

        private final Bucket perMinute;
        private final Bucket daily;

        UserLimits(AiProperties ai, Clock clock) {
            long perMinuteCalls = Math.max(1, ai.rateLimitPerMinute());
            long dailyCalls = Math.max(1, ai.dailyBudgetPerUser());
            Instant nextMidnight = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1)
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
            this.perMinute = Bucket.builder()
                    .addLimit(limit -> limit.capacity(perMinuteCalls).refillGreedy(perMinuteCalls, Duration.ofMinutes(1)))
                    .build();
            this.daily = Bucket.builder()
                    .addLimit(limit -> limit.capacity(dailyCalls)
                            .refillIntervallyAligned(dailyCalls, Duration.ofDays(1), nextMidnight))
                    .build();
        }
    }
}
