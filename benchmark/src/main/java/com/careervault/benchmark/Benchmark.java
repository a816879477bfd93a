package com.careervault.benchmark;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackOptions;
import com.careervault.enricher.enrichment.EnricherMetrics;
import com.careervault.projector.eventlog.ProjectorProperties;
import com.careervault.projector.readmodel.ProjectionMetrics;
import com.careervault.system.RunningSystem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.springframework.kafka.core.ProducerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark: starts a fresh devstack and the whole system in this JVM,
 * signs up and logs in a few users once, then measures, one phase after the
 * other, the system's figures and the references they are divided by. Prints
 * a markdown table and writes {@code target/benchmark-results.json}.
 * Options: system properties {@code bench.warmup}, {@code bench.duration}
 * (seconds per phase), {@code bench.concurrency}, {@code bench.users},
 * {@code bench.drain-events}, {@code bench.drain-users} (the projector's and the enricher's drains),
 * {@code bench.lag-samples}
 * (sampled creates per second in the lag phase), {@code bench.document-size} (bytes per document upload,
 * phase 13), and {@code bench.set.<property>} to set a
 * property of the services for an experiment.
 */
public final class Benchmark {

    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String PASSWORD = "BenchPass123!";
    private static final String RAW_TOPIC = "careervault.bench.raw-producer";
    private static final String PROJECTOR_CONTAINER = "careervault-projector";
    private static final String PROJECTOR_GROUP = "careervault-projector";
    /** The notifier's Kafka Streams application id, its consumer group on the event log. */
    private static final String NOTIFIER_GROUP = "careervault-notifier";
    /** The enricher's listener container ({@code EventLogListener.ID}) and its consumer group. */
    private static final String ENRICHER_CONTAINER = "careervault-enricher";
    private static final String ENRICHER_GROUP = "careervault-enricher";
    private static final int PHASES = 13;

    record User(String id, String bearer) {
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
        Duration measure = Duration.ofSeconds(Integer.getInteger("bench.duration", 15));
        int concurrency = Integer.getInteger("bench.concurrency", 32);
        int userCount = Integer.getInteger("bench.users", 32);
        int drainEvents = Integer.getInteger("bench.drain-events", 20_000);
        int drainUsers = Integer.getInteger("bench.drain-users", 1_000);
        int lagSamples = Integer.getInteger("bench.lag-samples", 20);
        int migrationUsers = Integer.getInteger("bench.migration-users", 50);
        int migrationJobsPerUser = Integer.getInteger("bench.migration-jobs-per-user", 100);
        int documentSize = Integer.getInteger("bench.document-size", DocumentUploads.DEFAULT_SIZE);
        long began = System.nanoTime();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("started_at", Instant.now().toString());
        results.put("options", Map.of("warmup_s", warmup.toSeconds(), "duration_s", measure.toSeconds(),
                "concurrency", concurrency, "users", userCount, "drain_events", drainEvents,
                "drain_users", drainUsers, "lag_samples_per_s", lagSamples));
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "max_heap_mb", Runtime.getRuntime().maxMemory() >> 20));

        Path dir = Files.createTempDirectory("careervault-bench");
        log.info("starting the devstack and the system in {}", dir);
        DevStack stack = DevStack.start(DevStackOptions.forTests(dir));
        RunningSystem system = null;
        try (Admin admin = stack.kafka().admin()) {
            Map<String, String> overrides = new LinkedHashMap<>();
            overrides.put("careervault.notifier.state-dir", dir.resolve("notifier-state").toString());
            overrides.put("spring.main.banner-mode", "off");
            // a few users create at full speed: the per-account limits would turn the measurement into 429s
            overrides.put("careervault.quotas.max-live-jobs", "100000000");
            overrides.put("careervault.quotas.create-rate.limit", "1000000");
            overrides.put("careervault.quotas.create-rate.burst", "1000000");
            // experiments: -Dbench.set.<property>=<value> sets a property of the three services
            System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench.set."))
                    .forEach(k -> overrides.put(k.substring("bench.set.".length()), System.getProperty(k)));
            results.put("overrides", overrides);
            system = RunningSystem.start(stack, 0, overrides, NoopController.class);
            results.put("startup_s", Stats.round((System.nanoTime() - began) / 1e9));
            log.info("system up in {} s, API at {}", results.get("startup_s"), system.apiUrl());
            ProjectionMetrics metrics = system.projector().getBean(ProjectionMetrics.class);
            int lanes = system.projector().getBean(ProjectorProperties.class).writeLanes();
            Map<String, Object> apiProducer =
                    system.commandApi().getBean(ProducerFactory.class).getConfigurationProperties();
            // the API's codec: events appended directly are encrypted as the API encrypts them
            EventCodec apiCodec = system.commandApi().getBean(EventCodec.class);
            MessageListenerContainer projector = system.projector().getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer(PROJECTOR_CONTAINER);
            MessageListenerContainer enricher = system.enricher().getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer(ENRICHER_CONTAINER);
            MeterRegistry enricherMeters = system.enricher().getBean(MeterRegistry.class);

            try (HttpLoad http = new HttpLoad(system.apiUrl())) {
                List<User> users = signUp(http, userCount);
                awaitConsumersCaughtUp(admin);

                log.info("phase 1/{}: no-op authenticated POST, {} in flight", PHASES, concurrency);
                byte[] body = JobItems.createRequest(0);
                Stats noop = http.closedLoop(concurrency, warmup, measure, 202,
                        n -> call(HttpMethod.POST, NoopController.PATH, users, n, body));

                log.info("phase 2/{}: POST /api/jobs, {} in flight", PHASES, concurrency);
                double appliedBefore = processed(metrics);
                long commandsStarted = System.nanoTime();
                Stats commands = http.closedLoop(concurrency, warmup, measure, 202,
                        n -> call(HttpMethod.POST, "/api/jobs", users, n, JobItems.createRequest(n)));
                double projectedDuring = (processed(metrics) - appliedBefore)
                        / ((System.nanoTime() - commandsStarted) / 1e9);
                awaitConsumersCaughtUp(admin);

                log.info("phase 3/{}: raw Kafka producer, {} in flight", PHASES, concurrency);
                admin.createTopics(List.of(new NewTopic(RAW_TOPIC, Topics.EVENT_PARTITIONS, (short) 1))).all()
                        .get(30, TimeUnit.SECONDS);
                Stats kafka = References.kafka(apiProducer, apiCodec, RAW_TOPIC,
                        users.stream().map(User::id).toList(), concurrency, warmup, measure);

                log.info("phase 4/{}: raw PutItem on dynalite, {} in flight (the projector's lanes)", PHASES, lanes);
                Stats putItems = References.putItems(
                        system.projector().getBean(DynamoDbAsyncClient.class), drainUsers, lanes, warmup, measure);

                log.info("phase 5/{}: projector drains {} events of {} users", PHASES, drainEvents, drainUsers);
                Map<String, Object> drain = drain(apiProducer, projector, () -> processed(metrics), admin,
                        drainEvents, drainUsers, "bench-drain-user-",
                        (user, n) -> JobItems.createdEvent(apiCodec, user, n));

                log.info("phase 6/{}: enricher drains {} job.created with descriptions of {} users", PHASES,
                        drainEvents, drainUsers);
                double ignoredBefore = enricherIgnored(enricherMeters);
                Map<String, Object> enricherDrain = drain(apiProducer, enricher,
                        () -> enricherTriggers(enricherMeters), admin, drainEvents, drainUsers, "bench-enrich-user-",
                        (user, n) -> JobItems.createdEventWithDescription(apiCodec, user, n));
                // its own JobEnriched coming back, and other events it had not read yet, until caught up
                enricherDrain.put("ignored_during_drain",
                        Stats.round(enricherIgnored(enricherMeters) - ignoredBefore));

                log.info("phase 7/{}: POST /api/jobs with descriptions, enricher running, {} in flight", PHASES,
                        concurrency);
                double triggersBefore = enricherTriggers(enricherMeters);
                long describedStarted = System.nanoTime();
                Stats withEnricher = http.closedLoop(concurrency, warmup, measure, 202,
                        n -> call(HttpMethod.POST, "/api/jobs", users, n, JobItems.createRequestWithDescription(n)));
                double enrichedDuring = (enricherTriggers(enricherMeters) - triggersBefore)
                        / ((System.nanoTime() - describedStarted) / 1e9);
                awaitConsumersCaughtUp(admin);

                log.info("phase 8/{}: POST /api/jobs with descriptions, enricher paused, {} in flight", PHASES,
                        concurrency);
                pause(enricher);
                Stats withoutEnricher;
                long backlogResumed;
                try {
                    withoutEnricher = http.closedLoop(concurrency, warmup, measure, 202, n -> call(HttpMethod.POST,
                            "/api/jobs", users, n, JobItems.createRequestWithDescription(n)));
                } finally {
                    enricher.resume();
                    backlogResumed = System.nanoTime();
                }
                awaitConsumersCaughtUp(admin);
                double backlogSeconds = (System.nanoTime() - backlogResumed) / 1e9;

                double lagRate = commands.perSecond() / 2;
                log.info("phase 9/{}: creates at {}/s (half the measured rate), lag of {} per second", PHASES,
                        Math.round(lagRate), lagSamples);
                Stats[] lag = lagPhase(http, stack, users, lagRate, lagSamples, measure);
                awaitConsumersCaughtUp(admin);

                log.info("phase 10/{}: GET /api/jobs, {} in flight", PHASES, concurrency);
                Stats query = http.closedLoop(concurrency, warmup, measure, 200,
                        n -> call(HttpMethod.GET, "/api/jobs?limit=20", users, n, null));

                log.info("phase 11/{}: no-op authenticated GET, {} in flight", PHASES, concurrency);
                Stats noopGet = http.closedLoop(concurrency, warmup, measure, 200,
                        n -> call(HttpMethod.GET, NoopController.PATH, users, n, null));

                log.info("phase 12/{}: MongoDB migration of {} jobs of {} old users", PHASES,
                        migrationUsers * migrationJobsPerUser, migrationUsers);
                Map<String, Object> migration = MigrationRate.measure(stack, migrationUsers, migrationJobsPerUser, dir);
                awaitConsumersCaughtUp(admin);

                log.info("phase 13/{}: document uploads of {} KB through the store and raw PutObject, {} in flight",
                        PHASES, documentSize / 1024, concurrency);
                DocumentUploads.Result documents = DocumentUploads.measure(stack, concurrency, documentSize, warmup,
                        measure, dir.resolve("document-spool"));

                Map<String, Object> phases = new LinkedHashMap<>();
                phases.put("noop_post", noop.toMap());
                phases.put("commands", commands.toMap());
                phases.put("projector_events_per_s_during_commands", Stats.round(projectedDuring));
                phases.put("raw_kafka", kafka.toMap());
                phases.put("raw_put_item", putItems.toMap());
                phases.put("projector_drain", drain);
                phases.put("enricher_drain", enricherDrain);
                phases.put("commands_with_descriptions_enricher_running", withEnricher.toMap());
                phases.put("enricher_events_per_s_during_commands", Stats.round(enrichedDuring));
                phases.put("commands_with_descriptions_enricher_paused", withoutEnricher.toMap());
                // after the paused phase: the enricher's backlog, then the projector's JobEnriched, caught up
                phases.put("enricher_backlog_caught_up_s", Stats.round(backlogSeconds));
                phases.put("lag_phase_commands", lag[0].toMap());
                phases.put("lag", lag[1].toMap());
                phases.put("lag_rate_per_s", Stats.round(lagRate));
                phases.put("query", query.toMap());
                phases.put("noop_get", noopGet.toMap());
                phases.put("migration", migration);
                phases.put("document_uploads", documents.toMap());
                results.put("phases", phases);
                results.put("projector_lanes", lanes);
                results.put("total_s", Stats.round((System.nanoTime() - began) / 1e9));

                Report report = new Report(concurrency, lanes, noop, commands, kafka, putItems,
                        (double) drain.get("events_per_s"), drainEvents, lag[1], lagRate, query, noopGet);
                report.enricher((double) enricherDrain.get("events_per_s"), drainEvents,
                        (double) drain.get("events_per_s"), withEnricher, withoutEnricher, concurrency);
                report.migration((double) migration.get("jobs_per_s"), (int) migration.get("jobs"), kafka, concurrency);
                report.documents(documents);
                results.put("headlines", report.headlines());
                System.out.println();
                System.out.println(report.markdown());
                Path out = Path.of("target", "benchmark-results.json");
                Files.createDirectories(out.getParent());
                Files.writeString(out, JSON.writeValueAsString(results), StandardCharsets.UTF_8);
                System.out.println("results: " + out.toAbsolutePath() + " (total " + results.get("total_s") + " s)");
            }
        } finally {
            if (system != null) {
                system.close();
            }
            stack.close();
            deleteQuietly(dir);
        }
        System.exit(0);
    }

    /** Signs up and logs in each user once: cognito-local manages ~90 logins/s, so never per request. */
    private static List<User> signUp(HttpLoad http, int count) {
        long started = System.nanoTime();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<User> users = Flux.range(0, count).flatMap(i -> {
            String username = "bench" + run + "u" + i;
            byte[] signup = json(Map.of("username", username, "email", username + "@example.com",
                    "password", PASSWORD, "given_name", "Bench", "family_name", "User " + i));
            byte[] login = json(Map.of("username", username, "password", PASSWORD));
            // sign-up answers the same whether or not the email had an account: the profile says who signed in
            return http.send(new HttpLoad.Call(HttpMethod.POST, "/auth/signup", null, signup))
                    .map(answer -> expect(answer, 202))
                    .then(Mono.defer(() -> http.send(new HttpLoad.Call(HttpMethod.POST, "/auth/login", null, login))))
                    .map(answer -> "Bearer " + expect(answer, 200).get("access_token").asString())
                    .flatMap(bearer -> http.send(new HttpLoad.Call(HttpMethod.GET, "/auth/me", bearer, null))
                            .map(answer -> new User(expect(answer, 200).get("user_id").asString(), bearer)));
        }, 4).collectList().block(Duration.ofMinutes(2));
        log.info("{} users signed up and logged in in {} ms", users.size(), (System.nanoTime() - started) / 1_000_000);
        return users;
    }

    private static HttpLoad.Call call(HttpMethod method, String path, List<User> users, int n, byte[] body) {
        return new HttpLoad.Call(method, path, users.get(n % users.size()).bearer(), body);
    }

    /** The event appended for the n-th event of the drain, keyed by (and belonging to) {@code user}. */
    @FunctionalInterface
    interface DrainEvent {
        byte[] encode(String user, int n);
    }

    /**
     * Pauses a consumer's listener container, appends {@code events} events
     * ({@code event}) of {@code users} users ({@code userPrefix} + number) with
     * the API's producer settings, resumes it and times how long it takes until
     * {@code processed} (a counter of the consumer's) has grown by {@code events}.
     */
    private static Map<String, Object> drain(Map<String, Object> apiProducer, MessageListenerContainer consumer,
            DoubleSupplier processed, Admin admin, int events, int users, String userPrefix, DrainEvent event)
            throws Exception {
        pause(consumer);
        try (KafkaProducer<String, byte[]> producer = References.producer(apiProducer)) {
            for (int n = 0; n < events; n++) {
                String user = userPrefix + (n % users);
                producer.send(new ProducerRecord<>(Topics.EVENTS, user, event.encode(user, n)));
            }
            producer.flush();
        }
        double before = processed.getAsDouble();
        long resumed = System.nanoTime();
        consumer.resume();
        long first = 0;
        double done = 0;
        long deadline = resumed + TimeUnit.SECONDS.toNanos(300);
        while (done < events && System.nanoTime() < deadline) {
            Thread.sleep(2);
            done = processed.getAsDouble() - before;
            if (first == 0 && done > 0) {
                first = System.nanoTime();
            }
        }
        long finished = System.nanoTime();
        awaitConsumersCaughtUp(admin);
        Map<String, Object> drain = new LinkedHashMap<>();
        drain.put("events", events);
        drain.put("users", users);
        drain.put("applied", done);
        // from the first event applied: a resumed consumer first sits out the poll it was in (up to poll-timeout)
        drain.put("events_per_s", Stats.round(done / ((finished - first) / 1e9)));
        drain.put("seconds_from_first", Stats.round((finished - first) / 1e9));
        drain.put("seconds_from_resume", Stats.round((finished - resumed) / 1e9));
        drain.put("events_per_s_from_resume", Stats.round(done / ((finished - resumed) / 1e9)));
        log.info("{}: drained {} events in {} s ({} s from resume)", consumer.getListenerId(), done,
                drain.get("seconds_from_first"), drain.get("seconds_from_resume"));
        return drain;
    }

    /** Pauses a listener container and waits (up to 30 s) until its consumer is paused. */
    private static void pause(MessageListenerContainer container) throws InterruptedException {
        container.pause();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!container.isContainerPaused() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Creates at a fixed rate; a sample of them is watched until readable. Returns {commands, lag}. */
    private static Stats[] lagPhase(HttpLoad http, DevStack stack, List<User> users, double rate, int samplesPerSecond,
            Duration duration) throws InterruptedException {
        int every = Math.max(1, (int) Math.round(rate / samplesPerSecond));
        try (LagSampler sampler = new LagSampler(stack.dynalite().client())) {
            Stats commands = http.openLoop(rate, duration, 4096, 202,
                    n -> call(HttpMethod.POST, "/api/jobs", users, n, JobItems.createRequest(n)),
                    answer -> {
                        if (answer.n() % every == 0) {
                            String jobId = JSON.readTree(answer.answer().body()).get("job_id").asString();
                            sampler.watch(users.get(answer.n() % users.size()).id(), jobId, answer.arrivedNanos());
                        }
                    });
            return new Stats[] {commands, sampler.finish(duration.toNanos() / 1e9)};
        }
    }

    /** Events the projector has finished with, whatever became of them. */
    private static double processed(ProjectionMetrics metrics) {
        return metrics.appliedCount() + metrics.skippedCount() + metrics.deadLetteredCount();
    }

    /**
     * Trigger events the enricher has finished with ({@code careervault.enricher.events} of every outcome but
     * {@code ignored}): in the benchmark's phases, one per job.created with a description. Its own JobEnriched
     * coming back, and every event without a description, count as {@code ignored}.
     */
    private static double enricherTriggers(MeterRegistry meters) {
        return meters.find(EnricherMetrics.EVENTS).counters().stream()
                .filter(counter -> !"ignored".equals(counter.getId().getTag("outcome")))
                .mapToDouble(Counter::count).sum();
    }

    private static double enricherIgnored(MeterRegistry meters) {
        Counter ignored = meters.find(EnricherMetrics.EVENTS).tag("outcome", "ignored").counter();
        return ignored == null ? 0 : ignored.count();
    }

    /**
     * Waits until the projector's, the notifier's and the enricher's groups have
     * committed the end of every partition of the event log, so that no backlog
     * of one phase eats the CPU of the next.
     */
    private static void awaitConsumersCaughtUp(Admin admin) throws Exception {
        awaitCaughtUp(admin, PROJECTOR_GROUP);
        awaitCaughtUp(admin, NOTIFIER_GROUP);
        awaitCaughtUp(admin, ENRICHER_GROUP);
    }

    private static void awaitCaughtUp(Admin admin, String group) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long lag = -1;
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, Topics.EVENT_PARTITIONS).boxed()
                    .collect(Collectors.toMap(p -> new TopicPartition(Topics.EVENTS, p), p -> OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            lag = 0;
            boolean caughtUp = true;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                long behind = end.getValue().offset() - (at == null ? 0 : at.offset());
                lag += behind;
                // The enricher appends in Kafka transactions, so a partition can end with a commit marker (an
                // offset no consumer ever receives): a group that commits "last record + 1" (the enricher's own
                // transactional offsets, the projector's Spring Kafka commits) then sits one below the end.
                caughtUp &= behind <= 1;
            }
            if (caughtUp) {
                return;
            }
            Thread.sleep(50);
        }
        log.warn("{} still lags {} events behind", group, lag);
    }

    private static JsonNode expect(HttpLoad.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + answer.status() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private static byte[] json(Map<String, String> fields) {
        return JSON.writeValueAsBytes(fields);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            log.debug("could not delete {}: {}", dir, e.toString());
        }
    }
}
