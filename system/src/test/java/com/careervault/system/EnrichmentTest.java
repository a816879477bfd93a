package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import com.careervault.enricher.EnricherApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * AI insights travel the whole way with the offline provider: a job's posting and the user's resume through
 * the API, the enricher's {@code JobEnriched} on the log, the projector, and the job's {@code ai} over HTTP.
 * A second enricher that reads the whole log again (a new consumer group) asks no provider anything.
 */
@ExtendWith(DevStackExtension.class)
class EnrichmentTest {

    private static final String BACKEND_POSTING = """
            Payments Platform is hiring a backend engineer. You will build Java services with Spring Boot \
            that process card payments. Our services talk through Kafka and run on AWS. You know SQL and \
            PostgreSQL well and have operated services on Kubernetes. Experience with Terraform is a plus.""";
    private static final String BACKEND_RESUME = """
            Backend engineer, six years. Built Java and Spring Boot services for an online bank; designed \
            Kafka event pipelines; ran them on AWS with Kubernetes; wrote SQL for PostgreSQL every day.""";
    private static final String MARKETING_RESUME = """
            Marketing manager, six years. Ran brand campaigns, social media and SEO for consumer products; \
            managed agencies and budgets; wrote copy; reported on campaign performance to the board.""";

    @Test
    void aJobWithAPostingIsEnrichedAndAResumeChangeScoresItAgain() {
        Api api = Api.newUser();
        api.put("/api/me/resume", "{\"text\": " + quoted(BACKEND_RESUME) + "}").expectStatus().isOk();
        String jobId = api.createReadable("{\"company\": \"Payments Platform\", \"position\": \"Backend Engineer\", "
                + "\"status\": \"Applied\", \"job_description\": " + quoted(BACKEND_POSTING) + "}");

        JsonNode backend = readyInsights(api, jobId, EnrichmentInputs.hash(BACKEND_RESUME));
        assertThat(backend.get("provider").asString()).isEqualTo("lexical");
        assertThat(backend.get("model").asString()).isEqualTo("lexical-1");
        assertThat(backend.get("degraded").asBoolean()).isFalse();
        assertThat(backend.get("summary").asString()).isNotBlank();
        assertThat(strings(backend.get("required_skills"))).contains("Java", "Kafka", "AWS", "PostgreSQL");
        assertThat(strings(backend.get("strengths"))).contains("Java", "Kafka", "Spring Boot");
        int backendScore = backend.get("match_score").asInt();

        api.put("/api/me/resume", "{\"text\": " + quoted(MARKETING_RESUME) + "}").expectStatus().isOk();
        JsonNode marketing = readyInsights(api, jobId, EnrichmentInputs.hash(MARKETING_RESUME));
        assertThat(marketing.get("match_score").asInt()).isLessThan(backendScore);
        assertThat(strings(marketing.get("gaps"))).contains("Java", "Kafka");

        // a replay of the whole log by a second enricher: every answer is remembered or current, none is asked for
        try (ConfigurableApplicationContext replay = startEnricher("careervault-enricher-replay-" + UUID.randomUUID())) {
            awaitCaughtUp(replay);
            MeterRegistry meters = replay.getBean(MeterRegistry.class);
            assertThat(meters.find("careervault.enricher.provider.calls").counters()).allSatisfy(
                    counter -> assertThat(counter.count()).isZero());
        }
        assertThat(readyInsights(api, jobId, EnrichmentInputs.hash(MARKETING_RESUME)).get("match_score").asInt())
                .isEqualTo(marketing.get("match_score").asInt());
    }

    /** Waits until the job's insights were computed with the resume of {@code resumeHash}. */
    private static JsonNode readyInsights(Api api, String jobId, String resumeHash) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode job = api.json(api.get("/api/jobs/" + jobId).expectStatus().isOk());
            JsonNode ai = job.get("ai");
            boolean ready = "ready".equals(job.get("ai_status").asString()) && ai != null && !ai.isNull()
                    && resumeHash.equals(ai.path("resume_hash").asString(null));
            return ready ? ai : null;
        }, ai -> ai != null);
    }

    private static ConfigurableApplicationContext startEnricher(String groupId) {
        Map<String, String> settings = new LinkedHashMap<>(DevStack.shared().springProperties());
        settings.put("spring.profiles.active", "devstack");
        settings.put("spring.jmx.enabled", "false");
        settings.put("spring.main.banner-mode", "off");
        settings.put("careervault.enricher.group-id", groupId);
        return EnricherApplication.application().run(settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    /** Until the enricher's group has committed the end of every partition of the log (its last record). */
    private static void awaitCaughtUp(ConfigurableApplicationContext enricher) {
        String groupId = enricher.getEnvironment().getRequiredProperty("careervault.enricher.group-id");
        String servers = enricher.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = java.util.stream.IntStream.range(0, Topics.EVENT_PARTITIONS)
                        .boxed().collect(Collectors.toMap(p -> new TopicPartition(Topics.EVENTS, p),
                                p -> OffsetSpec.latest()));
                admin.listOffsets(latest).all().get().forEach((partition, end) -> {
                    if (end.offset() > 0) {
                        assertThat(committed.get(partition)).as("committed offset of %s", partition).isNotNull();
                        // the last offset of a partition may be a transaction's commit marker, never a record
                        assertThat(committed.get(partition).offset()).as("committed offset of %s", partition)
                                .isGreaterThanOrEqualTo(end.offset() - 1);
                    }
                });
            });
        }
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String quoted(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
    }
}
