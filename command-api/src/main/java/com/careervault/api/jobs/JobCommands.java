package com.careervault.api.jobs;

import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.events.AppendedEvent;
import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.problems.ConflictException;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.problems.NotFoundException;
import com.careervault.api.quotas.AccountQuotas;
import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.time.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns validated job commands into events on the log. Commands on an
 * existing job are checked against the read model (consistent read) first:
 * a job the caller does not have is 404 and publishes nothing.
 */
@Component
public class JobCommands {

    private final EventLog eventLog;
    private final JobStore store;
    private final EventLogProperties events;
    private final ProjectorProgress progress;
    private final Clock clock;
    private final AccountQuotas quotas;
    private final IdempotencyKeys idempotencyKeys = new IdempotencyKeys();

    public JobCommands(EventLog eventLog, JobStore store, EventLogProperties events, ProjectorProgress progress,
            Clock clock, AccountQuotas quotas) {
        this.eventLog = eventLog;
        this.store = store;
        this.events = events;
        this.progress = progress;
        this.clock = clock;
        this.quotas = quotas;
    }

    /**
     * Result of a command: the answer, the last event appended (null when nothing was) and the job's version
     * once the projector has applied it (its current version when nothing was appended).
     */
    record Outcome(JobAccepted answer, AppendedEvent lastEvent, String version) {

        static Outcome appended(JobAccepted answer, AppendedEvent last) {
            return new Outcome(answer, last, JobVersion.of(last.partition(), last.offset()));
        }
    }

    Mono<Outcome> create(String userId, JobFields fields, String idempotencyKey) {
        if (idempotencyKey == null) {
            return publishCreate(userId, UUID.randomUUID().toString(), UUID.randomUUID().toString(), fields);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > IdempotencyKeys.MAX_KEY_LENGTH
                || idempotencyKey.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return Mono.error(new InvalidRequestException("Idempotency-Key",
                    "must be 1 to " + IdempotencyKeys.MAX_KEY_LENGTH + " printable ASCII characters"));
        }
        String jobId = IdempotencyKeys.jobId(userId, idempotencyKey);
        String eventId = IdempotencyKeys.createdEventId(userId, idempotencyKey);
        JobAccepted answer = JobAccepted.created(jobId, eventId);
        Optional<IdempotencyKeys.Remembered> remembered = idempotencyKeys.recall(userId, idempotencyKey);
        if (remembered.isPresent()) {
            if (!remembered.get().request().equals(fields)) {
                return Mono.error(new InvalidRequestException("Idempotency-Key",
                        "was already used for a different request"));
            }
            return Mono.just(new Outcome(answer, null, null));
        }
        return store.find(userId, jobId).flatMap(existing -> existing.isPresent()
                ? Mono.just(new Outcome(answer, null, existing.get().version()))
                : publishCreate(userId, jobId, eventId, fields)
                        .doOnNext(outcome -> idempotencyKeys.remember(userId, idempotencyKey, fields, answer)));
    }

    private Mono<Outcome> publishCreate(String userId, String jobId, String eventId, JobFields f) {
        JobCreated created = new JobCreated(jobId, f.company(), f.position(), f.status(), f.location(),
                f.salaryRange(), f.appliedDate(), f.url(), f.notes(), f.interviewAt(), f.followUpAt(), f.tags(), null,
                f.jobDescription(), f.source());
        Mono<Outcome> publish = eventLog.append(envelope(eventId, userId, clock.instant(), created))
                .map(appended -> Outcome.appended(JobAccepted.created(jobId, eventId), appended));
        return quotas.admitting(userId, List.of(jobId), publish);
    }

    /**
     * Publishes what the update changes, decided against a read model that has applied every event acknowledged
     * before the call.
     *
     * @param ifMatch the request's If-Match header, or null
     */
    Mono<Outcome> update(String userId, String jobId, JobFields fields, String ifMatch) {
        return live(userId, jobId, ifMatch).flatMap(current -> {
            Instant time = clock.instant();
            List<EventEnvelope> changes = changes(jobId, current.view(), fields).stream()
                    .map(event -> envelope(UUID.randomUUID().toString(), userId, time, event))
                    .toList();
            return appendAll(jobId, changes, current.version());
        });
    }

    /**
     * What bringing the job {@code now} to {@code fields} takes: a {@code job.updated} with the fields that
     * differ and the cleared ones that are set, then a {@code job.status-changed} if the status differs; empty
     * when nothing does.
     */
    static List<CareerVaultEvent> changes(String jobId, JobView now, JobFields fields) {
        List<CareerVaultEvent> changes = new ArrayList<>();
        JobUpdated updated = new JobUpdated(jobId,
                changed(fields.company(), now.company()),
                changed(fields.position(), now.position()),
                changed(fields.location(), now.location()),
                changed(fields.salaryRange(), now.salaryRange()),
                fields.appliedDate() != null && !fields.appliedDate().toString().equals(now.appliedDate())
                        ? fields.appliedDate() : null,
                changed(fields.url(), now.url()),
                changed(fields.notes(), now.notes()),
                fields.interviewAt() != null && !Timestamps.format(fields.interviewAt()).equals(now.interviewAt())
                        ? fields.interviewAt() : null,
                fields.followUpAt() != null && !Timestamps.format(fields.followUpAt()).equals(now.followUpAt())
                        ? fields.followUpAt() : null,
                fields.tags() != null && !fields.tags().equals(now.tags()) ? fields.tags() : null,
                fields.cleared().stream().filter(name -> isSet(now, name)).toList(),
                changed(fields.jobDescription(), now.jobDescription()),
                changed(fields.source(), now.source()));
        if (!isNoChange(updated)) {
            changes.add(updated);
        }
        JobStatus from = JobStatus.parse(now.status());
        if (fields.status() != null && fields.status() != from) {
            changes.add(new JobStatusChanged(jobId, from, fields.status()));
        }
        return changes;
    }

    Mono<Outcome> delete(String userId, String jobId, String ifMatch) {
        return live(userId, jobId, ifMatch).flatMap(current -> {
            String eventId = UUID.randomUUID().toString();
            return eventLog.append(envelope(eventId, userId, clock.instant(), new JobDeleted(jobId)))
                    .map(appended -> Outcome.appended(JobAccepted.created(jobId, eventId), appended))
                    .flatMap(outcome -> quotas.release(userId, List.of(jobId)).thenReturn(outcome));
        });
    }

    /**
     * Brings a deleted job back as it was (a {@code job.restored} event built from its tombstone), decided
     * against a read model that has applied every event acknowledged before the call. The job counts against
     * the account's live-job cap again.
     *
     * @throws NotFoundException (404) when the caller has no restorable tombstone with this id: never had the
     *         job, it is another user's, or its tombstone expired or kept nothing
     * @throws ConflictException (409) when the job is live
     * @throws com.careervault.api.quotas.JobLimitReachedException (409) when the account is at its cap
     */
    Mono<Outcome> restore(String userId, String jobId) {
        return progress.awaitCaughtUp(userId)
                .then(store.find(userId, jobId))
                .flatMap(found -> {
                    Instant now = clock.instant();
                    if (found.isPresent() && !found.get().deleted()) {
                        return Mono.error(new ConflictException("job_id",
                                "The job " + jobId + " is not deleted: there is nothing to restore"));
                    }
                    if (found.isEmpty() || !found.get().isRestorableAt(now)) {
                        return Mono.error(new NotFoundException("No deleted job " + jobId + " to restore"));
                    }
                    EventEnvelope envelope = envelope(UUID.randomUUID().toString(), userId, now,
                            restored(found.get().restorable()));
                    return quotas.readmitting(userId, List.of(jobId), eventLog.append(envelope)
                            .map(appended -> Outcome.appended(
                                    JobAccepted.changed(jobId, List.of(appended.eventId())), appended)));
                });
    }

    /** The restore event of a tombstone: the job's content as it was when deleted. */
    private static JobRestored restored(StoredJob.Restorable kept) {
        JobView job = kept.job();
        List<StatusStage> history = job.statusHistory() == null ? List.of()
                : job.statusHistory().stream()
                        .map(stage -> new StatusStage(JobStatus.parse(stage.status()), Timestamps.parse(stage.at())))
                        .toList();
        JobStatus status = JobStatus.parse(job.status());
        Instant createdAt = Timestamps.parse(job.createdAt());
        if (history.isEmpty()) {
            // a job written before histories were kept: its one known stage is its status since creation
            history = List.of(new StatusStage(status, createdAt));
        }
        return new JobRestored(job.jobId(), job.company(), job.position(), status, job.location(),
                job.salaryRange(), job.appliedDate() == null ? null : LocalDate.parse(job.appliedDate()), job.url(),
                job.notes(), instant(job.interviewAt()), instant(job.followUpAt()), job.tags(), createdAt, history,
                kept.historyCount(), job.jobDescription(), job.source(), DocumentPins.events(job.documents()),
                DocumentPins.frozen(job.postingAsApplied()));
    }

    private static Instant instant(String text) {
        return text == null ? null : Timestamps.parse(text);
    }

    /** Applies one action to up to 100 jobs atomically: every accepted event is in the log, or none is. */
    Mono<BulkResult> bulk(String userId, BulkJobRequest command) {
        List<String> jobIds = command.distinctJobIds();
        if (command.restore()) {
            return bulkRestore(userId, jobIds);
        }
        return progress.awaitCaughtUp(userId).then(store.findLive(userId, jobIds)).flatMap(found -> {
            Instant time = clock.instant();
            List<EventEnvelope> toAppend = new ArrayList<>();
            List<BulkResult.Entry> results = new ArrayList<>();
            for (String jobId : jobIds) {
                StoredJob job = found.get(jobId);
                if (job == null) {
                    results.add(new BulkResult.Entry(jobId, "not_found", null));
                    continue;
                }
                CareerVaultEvent event;
                if (command.delete()) {
                    event = new JobDeleted(jobId);
                } else {
                    JobStatus from = JobStatus.parse(job.view().status());
                    if (from == command.status()) {
                        results.add(new BulkResult.Entry(jobId, "unchanged", null));
                        continue;
                    }
                    event = new JobStatusChanged(jobId, from, command.status());
                }
                EventEnvelope envelope = envelope(UUID.randomUUID().toString(), userId, time, event);
                toAppend.add(envelope);
                results.add(new BulkResult.Entry(jobId, "accepted", envelope.id()));
            }
            List<String> deleted = command.delete()
                    ? toAppend.stream().map(EventEnvelope::subject).toList() : List.<String>of();
            return eventLog.appendAll(toAppend).then(quotas.release(userId, deleted))
                    .thenReturn(new BulkResult(results));
        });
    }

    /**
     * Restores every listed job that has a restorable tombstone ({@code accepted}); a live job is
     * {@code unchanged} (it already is what the restore asks for), anything else {@code not_found}. The
     * accepted jobs are admitted under the live-job cap together: at the cap the whole call is a 409 and
     * nothing is restored.
     */
    private Mono<BulkResult> bulkRestore(String userId, List<String> jobIds) {
        return progress.awaitCaughtUp(userId).then(store.findAll(userId, jobIds)).flatMap(found -> {
            Instant now = clock.instant();
            List<EventEnvelope> toAppend = new ArrayList<>();
            List<BulkResult.Entry> results = new ArrayList<>();
            for (String jobId : jobIds) {
                StoredJob job = found.get(jobId);
                if (job != null && !job.deleted()) {
                    results.add(new BulkResult.Entry(jobId, "unchanged", null));
                } else if (job == null || !job.isRestorableAt(now)) {
                    results.add(new BulkResult.Entry(jobId, "not_found", null));
                } else {
                    EventEnvelope envelope = envelope(UUID.randomUUID().toString(), userId, now,
                            restored(job.restorable()));
                    toAppend.add(envelope);
                    results.add(new BulkResult.Entry(jobId, "accepted", envelope.id()));
                }
            }
            List<String> restored = toAppend.stream().map(EventEnvelope::subject).toList();
            Mono<BulkResult> publish = eventLog.appendAll(toAppend).thenReturn(new BulkResult(results));
            return restored.isEmpty() ? publish : quotas.readmitting(userId, restored, publish);
        });
    }

    private Mono<Outcome> appendAll(String jobId, List<EventEnvelope> changes, String currentVersion) {
        return eventLog.appendAll(changes).map(appended -> {
            JobAccepted answer = JobAccepted.changed(jobId, appended.stream().map(AppendedEvent::eventId).toList());
            return appended.isEmpty() ? new Outcome(answer, null, currentVersion)
                    : Outcome.appended(answer, appended.get(appended.size() - 1));
        });
    }

    /** The job as it stands after every event acknowledged before this call; 404 if deleted or never created. */
    private Mono<StoredJob> live(String userId, String jobId, String ifMatch) {
        return progress.awaitCaughtUp(userId)
                .then(store.find(userId, jobId))
                .filter(found -> found.isPresent() && !found.get().deleted())
                .map(Optional::get)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No job " + jobId)))
                .doOnNext(job -> JobVersion.requireMatch(ifMatch, job.version()));
    }

    private EventEnvelope envelope(String eventId, String userId, Instant time, CareerVaultEvent event) {
        return EventEnvelope.of(eventId, events.source(), time, userId, event);
    }

    private static String changed(String requested, String current) {
        return requested != null && !requested.equals(current) ? requested : null;
    }

    private static boolean isNoChange(JobUpdated u) {
        return u.company() == null && u.position() == null && u.location() == null && u.salaryRange() == null
                && u.appliedDate() == null && u.url() == null && u.notes() == null && u.interviewAt() == null
                && u.followUpAt() == null && u.tags() == null && u.jobDescription() == null && u.source() == null
                && u.cleared().isEmpty();
    }

    private static boolean isSet(JobView job, String field) {
        Object value = switch (field) {
            case "location" -> job.location();
            case "salary_range" -> job.salaryRange();
            case "applied_date" -> job.appliedDate();
            case "url" -> job.url();
            case "notes" -> job.notes();
            case "interview_at" -> job.interviewAt();
            case "follow_up_at" -> job.followUpAt();
            case "tags" -> job.tags();
            case "job_description" -> job.jobDescription();
            case "source" -> job.source();
            default -> throw new IllegalArgumentException("not a clearable field: " + field);
        };
        return value != null;
    }
}
