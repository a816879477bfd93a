package com.careervault.enricher.enrichment;

import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.UserResumeChanged;
import com.careervault.enricher.enrichment.JobReadModel.JobItem;
import com.careervault.enricher.eventlog.EnricherProperties;
import com.careervault.enricher.insights.InsightRequest;
import com.careervault.enricher.insights.Insights;
import com.careervault.enricher.insights.Safeguards;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides which {@code JobEnriched} events one event of the log calls for, and computes them: a job created or
 * restored with a description, or updated with a new one, is one job to enrich; a resume change is every live
 * job of the user that has a description (the newest {@link EnricherProperties#corpusSize()}). Everything
 * else calls for none.
 * <p>
 * For each (job, description): the resume is the user's current one; the event id follows from the job,
 * the description's and resume's hashes and the configured provider ({@link EnrichmentInputs#eventId}). What
 * makes a replay free: a description that the read model shows outdated (the job's item was last written by
 * this event or a later one, and it now has another description or is deleted) is skipped; a result that the
 * read model already shows ({@code ai.event_id}) is not appended again; and an answer already in the memo is
 * appended without asking a provider. Only a miss on all three asks the provider (within its safeguards),
 * stores the answer in the memo first, then returns it for appending. Never logs the posting or the resume.
 */
@Component
public class Enrichment {

    private static final Logger log = LoggerFactory.getLogger(Enrichment.class);

    private static final int SUMMARY_MAX = 2_000;
    private static final int SKILLS_MAX = 30;
    private static final int SKILL_MAX = 100;
    private static final int POINTS_MAX = 20;
    private static final int POINT_MAX = 300;

    private final JobReadModel jobs;
    private final Resumes resumes;
    private final EnrichmentMemo memo;
    private final Safeguards safeguards;
    private final EnricherMetrics metrics;
    private final EnricherProperties properties;
    private final Clock clock;

    public Enrichment(JobReadModel jobs, Resumes resumes, EnrichmentMemo memo, Safeguards safeguards,
            EnricherMetrics metrics, EnricherProperties properties, Clock clock) {
        this.jobs = jobs;
        this.resumes = resumes;
        this.memo = memo;
        this.safeguards = safeguards;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The events to append for one event of the log, in order; empty for most events.
     *
     * @param partition the event's partition in the log
     * @param offset its offset, with {@code partition} its position, compared with the read model's
     * @throws com.careervault.enricher.eventlog.EnrichmentUnavailableException when DynamoDB stays unreachable
     */
    public List<EventEnvelope> resultsFor(EventEnvelope event, int partition, long offset) {
        String userId = event.userid();
        Inputs inputs = new Inputs(userId, false);
        if (event.data() instanceof JobCreated created && created.jobDescription() != null) {
            return one(event, inputs, new Target(created.jobId(), created.company(), created.position(),
                    created.jobDescription()), partition, offset);
        }
        if (event.data() instanceof JobRestored restored && restored.jobDescription() != null) {
            return one(event, inputs, new Target(restored.jobId(), restored.company(), restored.position(),
                    restored.jobDescription()), partition, offset);
        }
        if (event.data() instanceof JobUpdated updated && updated.jobDescription() != null) {
            return one(event, inputs, updatedTarget(userId, updated), partition, offset);
        }
        if (event.data() instanceof UserResumeChanged) {
            return everyJob("resume change " + event.id(), inputs);
        }
        metrics.event("ignored");
        return List.of();
    }

    private List<EventEnvelope> one(EventEnvelope event, Inputs inputs, Target target, int partition,
            long offset) {
        String descriptionHash = EnrichmentInputs.hash(target.description());
        Optional<JobItem> item = jobs.job(inputs.userId, target.jobId());
        if (item.isPresent() && outdated(item.get(), descriptionHash, partition, offset)) {
            metrics.event("skipped-outdated");
            log.debug("job {}: description {} of event {} is outdated in the read model", target.jobId(),
                    descriptionHash, event.id());
            return List.of();
        }
        return result(inputs, target, descriptionHash, item.map(JobItem::aiEventId).orElse(null)).stream().toList();
    }

    /**
     * The events to append for every live job of the user that has a description (the newest
     * {@link EnricherProperties#corpusSize()}), computed as a resume change computes them, for the provider
     * sweep: with the current resume and the configured provider; what the read model shows or the memo holds
     * is not asked again. Over the user's per-minute rate limit it waits instead of degrading
     * ({@link Safeguards#pacedInsights}), so it may block for minutes.
     *
     * @throws com.careervault.enricher.eventlog.EnrichmentUnavailableException when DynamoDB stays unreachable
     */
    public List<EventEnvelope> resultsForEveryLiveJob(String userId) {
        return everyJob("provider sweep", new Inputs(userId, true));
    }

    private List<EventEnvelope> everyJob(String cause, Inputs inputs) {
        List<JobItem> live = inputs.corpus();
        if (live.isEmpty()) {
            metrics.event("ignored");
            return List.of();
        }
        List<EventEnvelope> results = new ArrayList<>();
        for (JobItem job : live) {
            Target target = new Target(job.jobId(), orEmpty(job.company()), orEmpty(job.position()),
                    job.description());
            String descriptionHash = job.descriptionHash() != null ? job.descriptionHash()
                    : EnrichmentInputs.hash(job.description());
            result(inputs, target, descriptionHash, job.aiEventId()).ifPresent(results::add);
        }
        log.debug("{} of user {}: {} results for {} jobs", cause, inputs.userId, results.size(), live.size());
        return results;
    }

    /** The result for one (job, description): from the read model, the memo, or the provider. */
    private Optional<EventEnvelope> result(Inputs inputs, Target target, String descriptionHash,
            String eventIdShown) {
        String provider = safeguards.configuredProvider();
        String resume = inputs.resume();
        String resumeHash = resume == null ? null : EnrichmentInputs.hash(resume);
        String inputHash = EnrichmentInputs.inputHash(descriptionHash, resumeHash);
        String eventId = EnrichmentInputs.eventId(target.jobId(), inputHash, provider);
        if (eventId.equals(eventIdShown)) {
            metrics.event("memo-hit");
            return Optional.empty();
        }
        Optional<JobEnriched> remembered = memo.find(inputs.userId, eventId);
        if (remembered.isPresent()) {
            metrics.event("memo-hit");
            return Optional.of(envelope(eventId, inputs.userId, remembered.get()));
        }
        InsightRequest request = new InsightRequest(target.company(), target.position(), target.description(),
                resume, inputs.otherPostings(target.jobId()));
        Safeguards.Answer answer = inputs.paced ? safeguards.pacedInsights(inputs.userId, target.jobId(), request)
                : safeguards.insights(inputs.userId, target.jobId(), request);
        Insights insights = answer.insights();
        boolean withResume = resume != null;
        JobEnriched computed = new JobEnriched(target.jobId(), inputHash, descriptionHash, resumeHash, provider,
                answer.model(), answer.degraded(), answer.degradedReason(),
                cut(insights.summary() == null ? "" : insights.summary(), SUMMARY_MAX),
                limited(insights.requiredSkills(), SKILLS_MAX, SKILL_MAX),
                withResume && insights.matchScore() != null ? Math.max(0, Math.min(100, insights.matchScore())) : null,
                withResume ? limited(insights.strengths(), POINTS_MAX, POINT_MAX) : List.of(),
                withResume ? limited(insights.gaps(), POINTS_MAX, POINT_MAX) : List.of());
        JobEnriched stored = memo.remember(inputs.userId, eventId, computed);
        metrics.event("enriched");
        log.info("enriched job {} of user {}: input {}, {} {}{}", target.jobId(), inputs.userId, inputHash, provider,
                answer.model(), answer.degraded() ? " (degraded: " + answer.degradedReason() + ")" : "");
        return Optional.of(envelope(eventId, inputs.userId, stored));
    }

    private EventEnvelope envelope(String eventId, String userId, JobEnriched result) {
        return EventEnvelope.of(eventId, properties.source(), clock.instant(), userId, result);
    }

    /**
     * The read model shows this description is no longer the job's: the item was last written by this event or
     * a later one (same partition, offset at or after) and has another description (or none), or is deleted.
     * An item behind this event (the projector has not reached it) is not evidence of anything.
     */
    static boolean outdated(JobItem item, String descriptionHash, int partition, long offset) {
        boolean atOrAfter = item.partition() == partition && item.offset() >= offset;
        return atOrAfter && (item.tombstone() || !descriptionHash.equals(item.descriptionHash()));
    }

    private Target updatedTarget(String userId, JobUpdated updated) {
        String company = updated.company();
        String position = updated.position();
        if (company == null || position == null) {
            Optional<JobItem> item = jobs.job(userId, updated.jobId());
            company = company != null ? company : item.map(JobItem::company).orElse("");
            position = position != null ? position : item.map(JobItem::position).orElse("");
        }
        return new Target(updated.jobId(), orEmpty(company), orEmpty(position), updated.jobDescription());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** At most {@code max} UTF-16 units, never half of a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static List<String> limited(List<String> values, int count, int length) {
        return values.stream().filter(v -> v != null && !v.isBlank()).limit(count).map(v -> cut(v, length)).toList();
    }

    /** A job and the description to enrich it for. */
    private record Target(String jobId, String company, String position, String description) {
    }

    /** The user's resume and corpus, read once per event and only when needed. */
    private final class Inputs {

        private final String userId;
        /** Wait for the rate limit rather than degrade (the provider sweep). */
        private final boolean paced;
        private boolean resumeRead;
        private String resume;
        private List<JobItem> corpus;

        Inputs(String userId, boolean paced) {
            this.userId = userId;
            this.paced = paced;
        }

        String resume() {
            if (!resumeRead) {
                resume = resumes.current(userId).orElse(null);
                resumeRead = true;
            }
            return resume;
        }

        List<JobItem> corpus() {
            if (corpus == null) {
                corpus = jobs.liveJobsWithDescription(userId, Math.max(1, properties.corpusSize()));
            }
            return corpus;
        }

        List<String> otherPostings(String jobId) {
            return corpus().stream().filter(job -> !job.jobId().equals(jobId)).map(JobItem::description).toList();
        }
    }
}
