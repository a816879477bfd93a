package com.careervault.api.jobs;

import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.events.EventLogUnavailableException;
import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.api.quotas.AccountQuotas;
import com.careervault.api.quotas.ImportKeySalts;
import com.careervault.api.quotas.JobLimitReachedException;
import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ImportedFrom;
import com.careervault.contracts.events.JobCreated;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Imports a jobs' CSV file for one user ({@code POST /api/jobs/import}).
 *
 * <p>Every row is idempotent. A row whose {@code job_id} is a live job of the caller's changes that job to what
 * the row says ({@code job.updated} and/or {@code job.status-changed}; a blank cell of a column in the header
 * clears that field) or is {@code unchanged}. Any other row names the job {@link JobCsvRow#jobIdFor} (from the
 * user and the SHA-256 of its company, position and applied date): if the caller has it, the row is
 * {@code unchanged}, else it is {@code created} with a {@code job.created} carrying
 * {@code imported_from {system: csv, id: <that hash>, created_at: <the row's created_at, or now>, updated_at}}.
 * Two rows of one file naming the same job: the later one is rejected.
 *
 * <p>Decisions are made against a read model that has applied every event of the caller acknowledged before
 * the call. Creates count against the account's live-job cap: rows past the room left are rejected with the
 * reason; an import that creates spends one create of the account's rate. Events are appended in batches of
 * at most {@link #BATCH_EVENTS}, each one Kafka transaction.
 */
@Component
class JobCsvImport {

    /** Data rows one request may carry. */
    static final int MAX_ROWS = 5_000;
    /** Events per Kafka transaction. */
    static final int BATCH_EVENTS = 500;
    /** Keys per DynamoDB BatchGetItem (its limit). */
    private static final int READ_BATCH = 100;

    private final EventLog eventLog;
    private final JobStore store;
    private final ProjectorProgress progress;
    private final AccountQuotas quotas;
    private final ImportKeySalts salts;
    private final Validator validator;
    private final EventLogProperties events;
    private final Clock clock;

    JobCsvImport(EventLog eventLog, JobStore store, ProjectorProgress progress, AccountQuotas quotas,
            ImportKeySalts salts, Validator validator, EventLogProperties events, Clock clock) {
        this.salts = salts;
        this.eventLog = eventLog;
        this.store = store;
        this.progress = progress;
        this.quotas = quotas;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** A row's decision: its outcome and, for a created or updated row, the events that make it so. */
    private record Planned(ImportResult.Row row, List<CareerVaultEvent> events, String createdJobId) {
    }

    /**
     * @throws com.careervault.api.problems.InvalidRequestException (400, field {@code file}) for a file that is
     *         not UTF-8 RFC 4180 CSV with a usable header
     * @throws ImportTooLargeException (413) for more than {@link #MAX_ROWS} data rows
     * @throws ImportInterruptedException (503) when the event log fails after some batches were recorded
     */
    Mono<ImportResult> run(String userId, byte[] bytes, boolean dryRun) {
        Instant now = clock.instant();
        // parsing and validating up to 5,000 rows is CPU work of some milliseconds: off the event loop
        return Mono.fromCallable(() -> JobCsvFile.read(bytes, MAX_ROWS))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(file -> {
                    List<JobCsvRow> rows = new ArrayList<>();
                    for (CSVRecord record : file.records()) {
                        rows.add(JobCsvRow.read(record.getRecordNumber(), file.cells(record), file.columns().size(),
                                validator, now));
                    }
                    return decide(userId, file, rows, dryRun, now);
                });
    }

    private Mono<ImportResult> decide(String userId, JobCsvFile file, List<JobCsvRow> rows, boolean dryRun,
            Instant now) {
        return progress.awaitCaughtUp(userId)
                .then(Mono.defer(() -> find(userId, rows.stream().filter(JobCsvRow::valid)
                        .map(JobCsvRow::jobId).filter(id -> id != null).distinct().toList())))
                .zipWith(salts.saltOf(userId))
                .flatMap(namedAndSalt -> {
                    Map<String, StoredJob> named = namedAndSalt.getT1();
                    Map<Long, String> rowKeys = new HashMap<>();
                    Map<Long, String> createIds = new HashMap<>();
                    for (JobCsvRow row : rows) {
                        StoredJob job = row.valid() && row.jobId() != null ? named.get(row.jobId()) : null;
                        if (row.valid() && (job == null || job.deleted())) {
                            String key = row.key(namedAndSalt.getT2());
                            rowKeys.put(row.number(), key);
                            createIds.put(row.number(), JobCsvRow.jobIdFor(userId, key));
                        }
                    }
                    return find(userId, createIds.values().stream().distinct().toList())
                            .zipWith(quotas.room(userId))
                            .map(found -> plan(userId, rows, named, rowKeys, createIds, found.getT1(),
                                    found.getT2(), now));
                })
                .flatMap(plans -> dryRun ? Mono.just(result(true, plans, file))
                        : append(userId, plans, now).thenReturn(result(false, plans, file)));
    }

    private List<Planned> plan(String userId, List<JobCsvRow> rows, Map<String, StoredJob> named,
            Map<Long, String> rowKeys, Map<Long, String> createIds, Map<String, StoredJob> derived, int room, Instant now) {
        List<Planned> plans = new ArrayList<>();
        Map<String, Long> firstRowOfJob = new HashMap<>();
        int creates = 0;
        for (JobCsvRow row : rows) {
            if (!row.valid()) {
                plans.add(new Planned(ImportResult.Row.rejected(row.number(), row.errors()), List.of(), null));
                continue;
            }
            String createId = createIds.get(row.number());
            String jobId = createId != null ? createId : row.jobId();
            Long earlier = firstRowOfJob.putIfAbsent(jobId, row.number());
            if (earlier != null) {
                plans.add(new Planned(ImportResult.Row.rejected(row.number(), createId == null ? "job_id" : "row",
                        createId == null ? "names the same job as row " + earlier
                                : "has the same company, position and applied_date as row " + earlier
                                        + ": they name one job"), List.of(), null));
                continue;
            }
            if (createId == null) {
                List<CareerVaultEvent> changes = JobCommands.changes(jobId, named.get(jobId).view(), row.fields());
                plans.add(new Planned(new ImportResult.Row(row.number(),
                        changes.isEmpty() ? ImportResult.UNCHANGED : ImportResult.UPDATED, jobId, null), changes, null));
                continue;
            }
            StoredJob existing = derived.get(createId);
            if (existing != null && !existing.deleted()) {
                plans.add(new Planned(new ImportResult.Row(row.number(), ImportResult.UNCHANGED, createId, null),
                        List.of(), null));
            } else if (existing != null) {
                plans.add(new Planned(ImportResult.Row.rejected(row.number(), "row", "was imported before as job "
                        + createId + ", which was deleted: restore it (POST /api/jobs/" + createId
                        + "/restore) to have it back"), List.of(), null));
            } else if (creates >= room) {
                plans.add(new Planned(ImportResult.Row.rejected(row.number(), "row", "not imported: the account "
                        + "is at its limit of live jobs; delete jobs, then import this row again"), List.of(), null));
            } else {
                creates++;
                plans.add(new Planned(new ImportResult.Row(row.number(), ImportResult.CREATED, createId, null),
                        List.of(created(createId, row, rowKeys.get(row.number()), now)), createId));
            }
        }
        return plans;
    }

    private static JobCreated created(String jobId, JobCsvRow row, String key, Instant now) {
        JobFields f = row.fields();
        ImportedFrom origin = new ImportedFrom(ImportedFrom.CSV, key,
                row.createdAt() == null ? now : row.createdAt(), row.updatedAt());
        return new JobCreated(jobId, f.company(), f.position(), f.status(), f.location(), f.salaryRange(),
                f.appliedDate(), f.url(), f.notes(), f.interviewAt(), f.followUpAt(), f.tags(), origin,
                f.jobDescription(), f.source());
    }

    /**
     * Appends the planned events batch by batch (a row's events never split), each batch one transaction, its
     * creates admitted under the live-job cap first. A batch refused by the cap (another request took the room
     * meanwhile) is appended without its creates, which are rejected.
     */
    private Mono<Void> append(String userId, List<Planned> plans, Instant now) {
        List<List<Integer>> batches = new ArrayList<>();
        List<Integer> batch = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < plans.size(); i++) {
            int events = plans.get(i).events().size();
            if (events == 0) {
                continue;
            }
            if (size + events > BATCH_EVENTS) {
                batches.add(batch);
                batch = new ArrayList<>();
                size = 0;
            }
            batch.add(i);
            size += events;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        if (batches.isEmpty()) {
            return Mono.empty();
        }
        boolean creates = plans.stream().anyMatch(plan -> plan.createdJobId() != null);
        AtomicInteger recorded = new AtomicInteger();
        return (creates ? quotas.takeImportRate(userId) : Mono.<Void>empty())
                .thenMany(Flux.fromIterable(batches).concatMap(indexes -> appendBatch(userId, plans, indexes, now)
                        .doOnSuccess(done -> recorded.addAndGet(indexes.size()))))
                .then()
                .onErrorMap(e -> recorded.get() > 0
                                && (e instanceof EventLogUnavailableException || e instanceof DependencyUnavailableException),
                        e -> new ImportInterruptedException(recorded.get(), retryAfter(e), e));
    }

    private Mono<Void> appendBatch(String userId, List<Planned> plans, List<Integer> indexes, Instant now) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        List<String> createdIds = new ArrayList<>();
        for (int index : indexes) {
            Planned plan = plans.get(index);
            for (CareerVaultEvent event : plan.events()) {
                String eventId = event instanceof JobCreated created
                        ? JobCsvRow.createdEventIdFor(userId, created.importedFrom().id())
                        : UUID.randomUUID().toString();
                envelopes.add(EventEnvelope.of(eventId, events.source(), now, userId, event));
            }
            if (plan.createdJobId() != null) {
                createdIds.add(plan.createdJobId());
            }
        }
        Mono<Void> publish = quotas.admittingImported(userId, createdIds, eventLog.appendAll(envelopes)).then();
        return publish.onErrorResume(JobLimitReachedException.class, full -> {
            List<EventEnvelope> updates = new ArrayList<>();
            for (int index : indexes) {
                Planned plan = plans.get(index);
                if (plan.createdJobId() != null) {
                    plans.set(index, new Planned(ImportResult.Row.rejected(plan.row().row(), "row", "not imported: "
                            + "the account reached its limit of live jobs during the import; delete jobs, then "
                            + "import this row again"), List.of(), null));
                }
            }
            for (EventEnvelope envelope : envelopes) {
                if (!(envelope.data() instanceof JobCreated)) {
                    updates.add(envelope);
                }
            }
            return eventLog.appendAll(updates).then();
        });
    }

    private Duration retryAfter(Throwable e) {
        return e instanceof EventLogUnavailableException unavailable ? unavailable.retryAfter() : events.retryAfter();
    }

    /** The caller's items (tombstones too) among {@code jobIds}, read consistently, {@link #READ_BATCH} at a time. */
    private Mono<Map<String, StoredJob>> find(String userId, List<String> jobIds) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < jobIds.size(); i += READ_BATCH) {
            chunks.add(jobIds.subList(i, Math.min(jobIds.size(), i + READ_BATCH)));
        }
        return Flux.fromIterable(chunks).concatMap(chunk -> store.findAll(userId, chunk))
                .reduce(new HashMap<String, StoredJob>(), (all, found) -> {
                    all.putAll(found);
                    return all;
                })
                .map(all -> (Map<String, StoredJob>) all);
    }

    private static ImportResult result(boolean dryRun, List<Planned> plans, JobCsvFile file) {
        return ImportResult.of(dryRun, plans.stream().map(Planned::row).toList(), file.warnings());
    }
}
