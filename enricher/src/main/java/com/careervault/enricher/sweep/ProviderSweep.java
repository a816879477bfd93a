package com.careervault.enricher.sweep;

import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import com.careervault.enricher.enrichment.EnricherMetrics;
import com.careervault.enricher.enrichment.Enrichment;
import com.careervault.enricher.enrichment.JobReadModel;
import com.careervault.enricher.enrichment.Resumes;
import com.careervault.enricher.eventlog.EnricherProperties;
import com.careervault.enricher.eventlog.EnrichmentUnavailableException;
import com.careervault.enricher.eventlog.TransientRetry;
import com.careervault.enricher.insights.Safeguards;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * After a change of the configured provider, computes again every job whose result came from another one, so
 * that "a change of the provider computes it again" holds for jobs nobody touches (setting
 * {@code GEMINI_API_KEY} alone switches every job to Gemini).
 * <p>
 * At start (on its own thread: neither the start nor the listener waits for it) it compares the configured
 * provider with the one recorded by the last finished sweep ({@link ProviderMarker}). The same: nothing to do.
 * Another: every user with a live job that has a description and shows no result, or one from another
 * provider, is found by a Scan of the jobs table; none recorded yet (the first start): only users with a job
 * showing a result from another provider. For each such user, every live job is computed as a resume change
 * computes it ({@link Enrichment#resultsForEveryLiveJob}), waiting for the user's rate limit rather than
 * degrading, and the results are appended in one Kafka transaction per user, keyed and encoded as the
 * listener's. The marker is written only when the sweep finished: a sweep stopped half-way starts again at the
 * next start, and costs little: results the read model shows are not appended again and answers in the memo
 * are not asked again.
 * <p>
 * Several instances sweeping at once append events with the same ids (the projector applies each once); they
 * take the users in a random order of their own, so they seldom ask a provider about the same input at the
 * same time. A DynamoDB or Kafka outage stops the sweep, which starts over after {@link #RETRY_AFTER}.
 */
@Component
public class ProviderSweep implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProviderSweep.class);
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final ProviderMarker marker;
    private final JobReadModel jobs;
    private final Enrichment enrichment;
    private final Resumes resumes;
    private final Safeguards safeguards;
    private final EventCodec codec;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final TransientRetry retry;
    private final DataKeys dataKeys;
    private final EnricherMetrics metrics;
    private final EnricherProperties properties;
    private final CompletableFuture<Outcome> completion = new CompletableFuture<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread sweep = new Thread(task, "provider-sweep");
        sweep.setDaemon(true);
        return sweep;
    });

    public ProviderSweep(ProviderMarker marker, JobReadModel jobs, Enrichment enrichment, Resumes resumes,
            Safeguards safeguards, EventCodec codec, KafkaTemplate<byte[], byte[]> kafka, TransientRetry retry,
            DataKeys dataKeys, EnricherMetrics metrics, EnricherProperties properties) {
        this.marker = marker;
        this.jobs = jobs;
        this.enrichment = enrichment;
        this.resumes = resumes;
        this.safeguards = safeguards;
        this.codec = codec;
        this.kafka = kafka;
        this.retry = retry;
        this.dataKeys = dataKeys;
        this.metrics = metrics;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.providerSweep()) {
            log.info("provider sweep switched off (ENRICHER_PROVIDER_SWEEP=false)");
            completion.complete(new Outcome(false, 0, 0));
            return;
        }
        thread.execute(this::runUntilDone);
    }

    /** Completes when the sweep is done (or found nothing to do, or is switched off); never when stopped. */
    public CompletableFuture<Outcome> completion() {
        return completion;
    }

    private void runUntilDone() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                completion.complete(sweep());
                return;
            } catch (EnrichmentUnavailableException unavailable) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                log.warn("provider sweep stopped ({}); starting over in {}", TransientRetry.unwrap(unavailable).toString(),
                        RETRY_AFTER);
                try {
                    Thread.sleep(RETRY_AFTER.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            } catch (RuntimeException bug) {
                log.error("provider sweep failed; it runs again at the next start", bug);
                completion.completeExceptionally(bug);
                return;
            }
        }
    }

    private Outcome sweep() {
        String configured = safeguards.configuredProvider();
        Optional<String> recorded = marker.provider();
        if (recorded.isPresent() && recorded.get().equals(configured)) {
            log.info("provider sweep: the provider is still {}, nothing to do", configured);
            return new Outcome(false, 0, 0);
        }
        Map<String, Integer> users = jobs.usersWithResultsNotFrom(configured, recorded.isEmpty());
        int found = users.values().stream().mapToInt(Integer::intValue).sum();
        log.info("provider sweep: from {} to {}, {} jobs of {} users to compute again", recorded.orElse("(none recorded)"),
                configured, found, users.size());
        List<String> order = new ArrayList<>(users.keySet());
        Collections.shuffle(order);
        int swept = 0;
        int appended = 0;
        int failed = 0;
        for (String userId : order) {
            if (Thread.currentThread().isInterrupted()) {
                log.info("provider sweep stopped after {} of {} users; it starts over at the next start", swept,
                        order.size());
                throw new EnrichmentUnavailableException(new InterruptedException("stopped"));
            }
            try {
                appended += sweepUser(userId);
            } catch (EnrichmentUnavailableException unavailable) {
                throw unavailable;
            } catch (RuntimeException cannot) {
                failed++;
                log.warn("provider sweep: the jobs of user {} could not be computed ({})", userId, cannot.toString());
            }
            swept++;
        }
        marker.record(configured);
        log.info("provider sweep to {} done: {} users, {} results appended, {} users failed", configured, swept,
                appended, failed);
        return new Outcome(true, swept, appended);
    }

    /** Computes the user's jobs and appends their results in one transaction; returns how many were appended. */
    private int sweepUser(String userId) {
        if (deleted(userId)) {
            return 0;
        }
        List<EventEnvelope> results = enrichment.resultsForEveryLiveJob(userId);
        if (results.isEmpty()) {
            return 0;
        }
        // a resume change meanwhile has its own trigger in the log, computed with this provider; a result for
        // the old resume appended after it would replace the newer one in the read model
        String resumeHash = resumes.current(userId).map(EnrichmentInputs::hash).orElse(null);
        if (results.stream().anyMatch(r -> !Objects.equals(((JobEnriched) r.data()).resumeHash(), resumeHash))) {
            log.info("provider sweep: the resume of user {} changed meanwhile; its resume change computes its jobs",
                    userId);
            return 0;
        }
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        for (EventEnvelope result : results) {
            try {
                byte[] value = retry.call("encoding " + result.id(), () -> codec.encode(result));
                out.add(new ProducerRecord<>(Topics.EVENTS, result.userid().getBytes(StandardCharsets.UTF_8), value));
            } catch (PersonalDataErasedException gone) {
                return 0;
            }
        }
        append(out);
        metrics.sweptJobs(out.size());
        return out.size();
    }

    /** A deleted user's data key is deleted ({@code keyFor} refuses it). */
    private boolean deleted(String userId) {
        try {
            retry.call("reading the data key of " + userId, () -> dataKeys.keyFor(userId));
            return false;
        } catch (PersonalDataErasedException gone) {
            return true;
        }
    }

    private void append(List<ProducerRecord<byte[], byte[]>> out) {
        try {
            kafka.executeInTransaction(operations -> {
                List<CompletableFuture<?>> sent = new ArrayList<>();
                for (ProducerRecord<byte[], byte[]> record : out) {
                    sent.add(operations.send(record));
                }
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
                return null;
            });
        } catch (RuntimeException failed) {
            throw new EnrichmentUnavailableException(TransientRetry.unwrap(failed));
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }

    /**
     * What a sweep did.
     *
     * @param swept whether it looked for jobs (the provider differed from the recorded one)
     * @param users users whose jobs it computed
     * @param appended {@code JobEnriched} events it appended
     */
    public record Outcome(boolean swept, int users, int appended) {
    }
}
