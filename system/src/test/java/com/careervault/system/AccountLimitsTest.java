package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.devstack.EventTopic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one account may do, over HTTP, enforced together by two API instances that share the quota guard
 * table: a pair with a cap of 5 live jobs, and a pair with a rate of 3 creates an hour (bursts of 3).
 */
class AccountLimitsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JOB = "{\"company\": \"Limit Fakeco\", \"position\": \"Engineer\"}";

    private static ApiInstance capA;
    private static ApiInstance capB;
    private static ApiInstance rateA;
    private static ApiInstance rateB;

    @BeforeAll
    static void startInstances() {
        TheSystem.get();
        Map<String, String> capOfFive = Map.of("careervault.quotas.max-live-jobs", "5",
                "careervault.quotas.create-rate.limit", "1000", "careervault.quotas.create-rate.burst", "100");
        capA = ApiInstance.start(capOfFive);
        capB = ApiInstance.start(capOfFive);
        Map<String, String> threeAnHour = Map.of("careervault.quotas.create-rate.limit", "3",
                "careervault.quotas.create-rate.period", "1h", "careervault.quotas.create-rate.burst", "3");
        rateA = ApiInstance.start(threeAnHour);
        rateB = ApiInstance.start(threeAnHour);
    }

    @AfterAll
    static void stopInstances() {
        for (ApiInstance instance : new ApiInstance[] {capA, capB, rateA, rateB}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void theJobOverTheCapIsRefusedWithTheLimitProblemAndNothingIsPublished() {
        Api user = Api.newUser();
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? capA : capB).post(user, "/api/jobs", JOB).expectStatus().isAccepted();
        }

        JsonNode problem = capB.post(user, "/api/jobs", JOB)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem).isEqualTo(JSON.readTree("""
                {"type": "https://careervault.dev/problems/job-limit-reached", "title": "Conflict", "status": 409,
                 "detail": "This account already has the maximum of 5 jobs; delete jobs before creating more",
                 "instance": "/api/jobs", "max_jobs": 5}"""));
        assertThat(createdEvents(user)).isEqualTo(5);

        Api someoneElse = Api.newUser();
        capB.post(someoneElse, "/api/jobs", JOB).expectStatus().isAccepted();
    }

    @Test
    void deletingFreesSlotsOnEveryInstance() {
        Api user = Api.newUser();
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            jobs.add(readable((i % 2 == 0 ? capA : capB).post(user, "/api/jobs", JOB, "Prefer", "wait=5")));
        }
        capA.post(user, "/api/jobs", JOB).expectStatus().isEqualTo(409);

        capA.delete(user, "/api/jobs/" + jobs.get(0)).expectStatus().isAccepted();
        capB.post(user, "/api/jobs", JOB).expectStatus().isAccepted();
        capA.post(user, "/api/jobs", JOB).expectStatus().isEqualTo(409);

        capB.post(user, "/api/jobs/bulk", "{\"action\": \"delete\", \"job_ids\": [\"%s\", \"%s\"]}"
                .formatted(jobs.get(1), jobs.get(2))).expectStatus().isAccepted();
        capA.post(user, "/api/jobs", JOB).expectStatus().isAccepted();
        capB.post(user, "/api/jobs", JOB).expectStatus().isAccepted();
        capA.post(user, "/api/jobs", JOB).expectStatus().isEqualTo(409);
    }

    @Test
    void aRestoreTakesASlotAgainAndIsRefusedAtTheCap() {
        Api user = Api.newUser();
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            jobs.add(readable((i % 2 == 0 ? capA : capB).post(user, "/api/jobs", JOB, "Prefer", "wait=5")));
        }
        capA.delete(user, "/api/jobs/" + jobs.get(0)).expectStatus().isAccepted();
        capB.post(user, "/api/jobs", JOB).expectStatus().isAccepted();

        JsonNode problem = capA.post(user, "/api/jobs/" + jobs.get(0) + "/restore", "")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("type").asString()).isEqualTo("https://careervault.dev/problems/job-limit-reached");
        assertThat(problem.get("max_jobs").asInt()).isEqualTo(5);
        capB.post(user, "/api/jobs/bulk", "{\"action\": \"restore\", \"job_ids\": [\"%s\"]}"
                .formatted(jobs.get(0))).expectStatus().isEqualTo(409);
        assertThat(EventTopic.eventsOf(user.userId)).extracting(EventTopic.Received::type)
                .doesNotContain("careervault.job.restored.v1");

        // a slot freed: the restore fits, and then the account is full again
        capB.delete(user, "/api/jobs/" + jobs.get(1)).expectStatus().isAccepted();
        capA.post(user, "/api/jobs/" + jobs.get(0) + "/restore", "").expectStatus().isAccepted();
        capB.post(user, "/api/jobs", JOB).expectStatus().isEqualTo(409);
    }

    @Test
    void aCreateRetriedWithTheSameIdempotencyKeyIsCountedOnce() {
        Api user = Api.newUser();
        String key = UUID.randomUUID().toString();
        String jobId = jobId(capA.post(user, "/api/jobs", JOB, "Idempotency-Key", key).expectStatus().isAccepted());
        // the retry reaches the other instance, which has not seen the key
        assertThat(jobId(capB.post(user, "/api/jobs", JOB, "Idempotency-Key", key).expectStatus().isAccepted()))
                .isEqualTo(jobId);
        for (int i = 0; i < 4; i++) {
            capB.post(user, "/api/jobs", JOB).expectStatus().isAccepted();
        }
        capA.post(user, "/api/jobs", JOB).expectStatus().isEqualTo(409);

        // at the cap the retry is still answered as the job it names: it takes no slot
        assertThat(jobId(capB.post(user, "/api/jobs", JOB, "Idempotency-Key", key).expectStatus().isAccepted()))
                .isEqualTo(jobId);
    }

    @Test
    void creatingFasterThanTheRateGets429WithRetryAfterAndOthersAreUnaffected() {
        Api user = Api.newUser();
        long started = System.nanoTime();
        rateA.post(user, "/api/jobs", JOB).expectStatus().isAccepted();
        rateB.post(user, "/api/jobs", JOB).expectStatus().isAccepted();
        rateA.post(user, "/api/jobs", JOB).expectStatus().isAccepted();

        WebTestClient.ResponseSpec refused = rateB.post(user, "/api/jobs", JOB).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        long elapsedSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        long retryAfter = Long.parseLong(
                refused.returnResult(String.class).getResponseHeaders().getFirst("Retry-After"));
        // 3 an hour in bursts of 3: the 4th is due 20 minutes after the 1st, less the time the creates took
        assertThat(retryAfter).isBetween(1_200L - elapsedSeconds - 1, 1_200L);
        JsonNode problem = refused.expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem).isEqualTo(JSON.readTree("""
                {"type": "https://careervault.dev/problems/create-rate-exceeded", "title": "Too Many Requests",
                 "status": 429, "detail": "Too many jobs created: at most 3 per 3600 s (bursts of up to 3); \
                nothing was recorded. Retry after %d s.", "instance": "/api/jobs",
                 "limit": 3, "period_seconds": 3600, "burst": 3, "retry_after_seconds": %d}"""
                .formatted(retryAfter, retryAfter)));
        assertThat(createdEvents(user)).isEqualTo(3);

        Api someoneElse = Api.newUser();
        rateB.post(someoneElse, "/api/jobs", JOB).expectStatus().isAccepted();
    }

    private static String readable(WebTestClient.ResponseSpec created) {
        return created.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("job_id").asString();
    }

    private static String jobId(WebTestClient.ResponseSpec accepted) {
        return accepted.expectBody(JsonNode.class).returnResult().getResponseBody().get("job_id").asString();
    }

    private static long createdEvents(Api user) {
        return EventTopic.eventsOf(user.userId).stream()
                .filter(e -> e.event().get("type").asString().equals("careervault.job.created.v1")).count();
    }
}
