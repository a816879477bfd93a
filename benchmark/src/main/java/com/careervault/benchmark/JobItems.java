package com.careervault.benchmark;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.jobs.JobStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The payloads of the benchmark: the create request, its event, and the item the projector writes for it. */
final class JobItems {

    static final String COMPANY = "Acme Rocket Works";
    static final String POSITION = "Senior Backend Engineer";
    static final String LOCATION = "Remote (EU)";
    static final String NOTES = "Referred by a former colleague; ask about the on-call rotation.";
    static final String SOURCE = "/careervault/command-api";

    private JobItems() {
    }

    /** The body of {@code POST /api/jobs}. */
    static byte[] createRequest(int n) {
        return ("{\"company\":\"" + COMPANY + "\",\"position\":\"" + POSITION + " " + n
                + "\",\"status\":\"Applied\",\"location\":\"" + LOCATION + "\",\"notes\":\"" + NOTES
                + "\",\"tags\":[\"backend\",\"java\"]}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The body of {@code POST /api/jobs} with a {@code job_description}: {@link #description(int)}, so each
     * job has a posting of its own for the enricher to weigh.
     */
    static byte[] createRequestWithDescription(int n) {
        String body = new String(createRequest(n), StandardCharsets.UTF_8);
        // the generated text has no quotes or backslashes: only its line breaks need escaping
        String description = description(n).replace("\n", "\\n");
        return (body.substring(0, body.length() - 1) + ",\"job_description\":\"" + description + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The {@code job.created} event the API appends for that request, encoded as the API encodes it
     * ({@code codec}: the API's, which encrypts the personal fields with the user's data key).
     */
    static byte[] createdEvent(EventCodec codec, String userId, int n) {
        JobCreated created = new JobCreated(UUID.randomUUID().toString(), COMPANY, POSITION + " " + n,
                JobStatus.Applied, LOCATION, null, null, null, NOTES, null, null, List.of("backend", "java"));
        return codec.encode(EventEnvelope.of(UUID.randomUUID().toString(), SOURCE, Instant.now(), userId, created));
    }

    /** As {@link #createdEvent}, with {@link #description(int)} as its {@code job_description}. */
    static byte[] createdEventWithDescription(EventCodec codec, String userId, int n) {
        JobCreated created = new JobCreated(UUID.randomUUID().toString(), COMPANY, POSITION + " " + n,
                JobStatus.Applied, LOCATION, null, null, null, NOTES, null, null, List.of("backend", "java"), null,
                description(n));
        return codec.encode(EventEnvelope.of(UUID.randomUUID().toString(), SOURCE, Instant.now(), userId, created));
    }

    /**
     * A job posting of about 1–3 kB (plain text, paragraphs separated by line breaks, no quotes or
     * backslashes), different for each {@code n}: the role, four to eight responsibilities, five to nine
     * required skills and two to four nice-to-haves are picked from pools by a generator seeded with
     * {@code n}, so the lexical provider weighs real, varied terms. Deterministic: the same {@code n} gives
     * the same text.
     */
    static String description(int n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        String role = pick(random, ROLES);
        String domain = pick(random, DOMAINS);
        StringBuilder text = new StringBuilder(3_000);
        text.append(role).append(" (").append(pick(random, LEVELS)).append(") at ").append(COMPANY)
                .append(", ").append(LOCATION).append(".\n\n");
        text.append("About the team: we build ").append(domain).append(" for ").append(pick(random, CUSTOMERS))
                .append(". ").append(pick(random, TEAMS)).append("\n\n");
        text.append("What you will do:\n");
        for (String duty : some(random, DUTIES, 4, 8)) {
            text.append("- ").append(duty).append('\n');
        }
        text.append("\nWhat we are looking for:\n");
        text.append("- ").append(3 + random.nextInt(6)).append("+ years of professional experience as a ")
                .append(role.toLowerCase(Locale.ROOT)).append('\n');
        for (String skill : some(random, SKILLS, 5, 9)) {
            text.append("- Solid experience with ").append(skill).append('\n');
        }
        text.append("\nNice to have:\n");
        for (String skill : some(random, NICE, 2, 4)) {
            text.append("- ").append(skill).append('\n');
        }
        text.append("\nWhat we offer: ").append(String.join(", ", some(random, BENEFITS, 3, 5)))
                .append(". Reference ").append(1000 + n).append('.');
        return text.toString();
    }

    private static final String[] ROLES = {"Senior Backend Engineer", "Platform Engineer", "Data Engineer",
        "Site Reliability Engineer", "Staff Software Engineer", "Full-Stack Developer", "Machine Learning Engineer",
        "Cloud Infrastructure Engineer"};
    private static final String[] LEVELS = {"mid-level", "senior", "staff", "lead"};
    private static final String[] DOMAINS = {"the payments platform", "a real-time logistics tracker",
        "the event-driven order pipeline", "observability tooling", "a recommendation engine",
        "the customer data platform", "flight telemetry processing", "a multi-tenant SaaS backend"};
    private static final String[] CUSTOMERS = {"two million monthly users", "airlines and launch providers",
        "small retailers across Europe", "hospitals and clinics", "internal product teams", "banks and insurers"};
    private static final String[] TEAMS = {
        "The team is eight engineers, a product manager and a designer, working in two-week iterations.",
        "We deploy to production dozens of times a day and own our services end to end, on-call included.",
        "We are remote first, with overlapping hours between Berlin and Lisbon and a yearly offsite.",
        "Engineers here write design documents, review each other's code and pair on the hard problems."};
    private static final String[] DUTIES = {
        "Design, build and operate services that process millions of events per day",
        "Own the reliability of our APIs: latency budgets, error budgets and incident reviews",
        "Model data for DynamoDB and PostgreSQL with access patterns in mind",
        "Write Kafka consumers and producers with exactly-once processing where it matters",
        "Improve our CI pipelines, build times and deployment safety with canary releases",
        "Mentor engineers through code review, pairing and technical writing",
        "Work with product managers to shape the roadmap and split work into small increments",
        "Instrument services with metrics, traces and structured logs, and act on what they show",
        "Migrate legacy batch jobs to streaming pipelines without downtime",
        "Harden security: authentication, authorization, secrets management and audits",
        "Profile and tune JVM services for throughput and garbage collection pauses",
        "Automate infrastructure with Terraform and keep our Kubernetes clusters healthy"};
    private static final String[] SKILLS = {"Java 17 and Spring Boot", "Kotlin", "Go", "Python",
        "Apache Kafka and event-driven architecture", "AWS (Lambda, ECS, DynamoDB, S3)", "PostgreSQL and SQL tuning",
        "Kubernetes and Docker", "Terraform", "REST and gRPC API design", "reactive programming (Reactor, WebFlux)",
        "distributed systems and consistency models", "CI/CD with GitHub Actions", "Prometheus and Grafana",
        "OAuth 2.0 and OpenID Connect", "Redis and caching strategies", "domain-driven design",
        "automated testing: unit, integration and contract tests"};
    private static final String[] NICE = {"Experience with Apache Flink or Kafka Streams", "Rust",
        "Open-source contributions", "Experience in a regulated industry", "GraphQL",
        "Knowledge of machine learning pipelines", "Public speaking or technical blogging", "Elasticsearch"};
    private static final String[] BENEFITS = {"a competitive salary", "stock options", "30 days of paid leave",
        "a yearly learning budget of 2,000 EUR", "flexible hours", "a home-office allowance",
        "private health insurance", "parental leave beyond the legal minimum"};

    private static String pick(SplittableRandom random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    /** Between {@code min} and {@code max} distinct entries of {@code pool}, in a random order. */
    private static List<String> some(SplittableRandom random, String[] pool, int min, int max) {
        List<String> shuffled = new ArrayList<>(List.of(pool));
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return shuffled.subList(0, min + random.nextInt(max - min + 1));
    }

    /** An item of the shape the projector puts for {@code job.created}. */
    static Map<String, AttributeValue> item(String userId, int n, long offset) {
        String now = Instant.now().toString();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(Jobs.USER_ID, s(userId));
        item.put(Jobs.JOB_ID, s(UUID.randomUUID().toString()));
        item.put(Jobs.COMPANY, s(COMPANY));
        item.put(Jobs.COMPANY_KEY, s(COMPANY.toLowerCase()));
        item.put(Jobs.POSITION, s(POSITION + " " + n));
        item.put(Jobs.STATUS, s("Applied"));
        item.put(Jobs.LOCATION, s(LOCATION));
        item.put(Jobs.NOTES, s(NOTES));
        item.put(Jobs.TAGS, AttributeValue.fromL(List.of(s("backend"), s("java"))));
        item.put(Jobs.CREATED_AT, s(now));
        item.put(Jobs.UPDATED_AT, s(now));
        item.put(Jobs.STATUS_CREATED_AT, s("Applied#" + now));
        item.put(Jobs.STATUS_HISTORY, AttributeValue.fromL(List.of(AttributeValue.fromM(
                Map.of("status", s("Applied"), "at", s(now))))));
        item.put(Position.PARTITION, AttributeValue.fromN("0"));
        item.put(Position.OFFSET, AttributeValue.fromN(Long.toString(offset)));
        return item;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
