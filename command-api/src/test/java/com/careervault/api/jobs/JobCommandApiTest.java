package com.careervault.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.devstack.EventTopic;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The write path of jobs: what is accepted, what is published, what is refused. */
@ApiIntegrationTest
class JobCommandApiTest {

    /** The seed's example body (shared/seed, "Create Job"), exactly. */
    static final String SEED_JOB = """
            {"company": "Google", "position": "Software Engineer", "status": "Applied",
             "location": "Mountain View, CA", "salary_range": "$120k-$180k"}""";

    @Autowired
    WebTestClient client;

    private Accounts.Account account;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
    }

    @Test
    void createIsAcceptedOnlyOnceTheEventIsInTheLog() {
        JsonNode accepted = post("/api/jobs", """
                {"company": " Tech Corp ", "position": "Senior Software Engineer", "status": "applied",
                 "location": "San Francisco, CA", "salary_range": "$150k - $200k", "applied_date": "2026-11-20",
                 "url": "https://jobs.example.com/42", "notes": "Referred by Sam",
                 "interview_at": "2026-12-01T16:00:00+01:00", "follow_up_at": "2026-11-27T09:00:00Z",
                 "tags": ["backend", "remote", "backend"], "ignored_extra": true}""")
                .expectStatus().isAccepted()
                .expectHeader().valueMatches("Location", "/api/jobs/[0-9a-f-]{36}")
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        String jobId = accepted.get("job_id").asString();
        String eventId = accepted.get("event_id").asString();
        List<EventTopic.Received> events = EventTopic.eventsOf(account.userId());
        EventTopic.Received created = events.get(events.size() - 1);
        JsonNode event = created.event();
        assertThat(created.key()).isEqualTo(account.userId());
        assertThat(event.get("id").asString()).isEqualTo(eventId);
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("type").asString()).isEqualTo("careervault.job.created.v1");
        assertThat(event.get("source").asString()).isEqualTo("/careervault/command-api");
        assertThat(event.get("subject").asString()).isEqualTo(jobId);
        assertThat(event.get("userid").asString()).isEqualTo(account.userId());
        assertThat(event.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(event.get("time").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(event.get("data").toString()).isEqualTo("{\"job_id\":\"" + jobId + "\",\"company\":\"Tech Corp\","
                + "\"position\":\"Senior Software Engineer\",\"status\":\"Applied\",\"location\":\"San Francisco, CA\","
                + "\"salary_range\":\"$150k - $200k\",\"applied_date\":\"2026-11-20\","
                + "\"url\":\"https://jobs.example.com/42\",\"notes\":\"Referred by Sam\","
                + "\"interview_at\":\"2026-12-01T15:00:00.000000Z\",\"follow_up_at\":\"2026-11-27T09:00:00.000000Z\","
                + "\"tags\":[\"backend\",\"remote\"]}");
    }

    @Test
    void seedBodyIsAcceptedAndStatusDefaultsToApplied() {
        post("/api/jobs", SEED_JOB).expectStatus().isAccepted();
        post("/api/jobs", "{\"company\": \"Acme\", \"position\": \"Engineer\"}").expectStatus().isAccepted();

        List<JsonNode> created = EventTopic.eventsOf(account.userId()).stream()
                .filter(e -> e.type().equals("careervault.job.created.v1")).map(EventTopic.Received::data).toList();
        assertThat(created).hasSize(2);
        assertThat(created.get(0).get("company").asString()).isEqualTo("Google");
        assertThat(created.get(0).get("position").asString()).isEqualTo("Software Engineer");
        assertThat(created.get(0).get("status").asString()).isEqualTo("Applied");
        assertThat(created.get(0).get("location").asString()).isEqualTo("Mountain View, CA");
        assertThat(created.get(0).get("salary_range").asString()).isEqualTo("$120k-$180k");
        assertThat(created.get(1).get("status").asString()).isEqualTo("Applied");
    }

    @Test
    void retryWithTheSameIdempotencyKeyPublishesNothingNew() {
        String key = "create-" + UUID.randomUUID();
        JsonNode first = postWithKey(key, SEED_JOB).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode retry = postWithKey(key, SEED_JOB).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(retry).isEqualTo(first);
        assertThat(EventTopic.eventsOf(account.userId()))
                .filteredOn(e -> e.type().equals("careervault.job.created.v1"))
                .singleElement()
                .satisfies(e -> assertThat(e.event().get("id").asString()).isEqualTo(first.get("event_id").asString()));
        postWithKey(key, "{\"company\": \"Other\", \"position\": \"Other\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
    }

    @Test
    void invalidFieldsAreEachReported() {
        post("/api/jobs", """
                {"position": 42, "status": "Hired", "applied_date": "20/11/2026", "interview_at": "tomorrow",
                 "url": "javascript:alert(1)", "tags": "backend", "company": "%s"}""".formatted("x".repeat(201)))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://careervault.dev/problems/invalid-request")
                .jsonPath("$.errors.length()").isEqualTo(7)
                .jsonPath("$.errors[?(@.field == 'company')].message").isEqualTo("must be at most 200 characters")
                .jsonPath("$.errors[?(@.field == 'position')].message").isEqualTo("must be a string")
                .jsonPath("$.errors[?(@.field == 'status')].message").isEqualTo(
                        "unknown job status 'Hired'; allowed: Wishlist, Applied, Screening, Interviewing, Offer, "
                                + "Accepted, Rejected, Withdrawn, Ghosted")
                .jsonPath("$.errors[?(@.field == 'applied_date')].message").isEqualTo("must be an ISO date (YYYY-MM-DD)")
                .jsonPath("$.errors[?(@.field == 'interview_at')]").exists()
                .jsonPath("$.errors[?(@.field == 'url')].message").isEqualTo("must be an absolute http(s) URL")
                .jsonPath("$.errors[?(@.field == 'tags')].message").isEqualTo("must be an array of strings");
        post("/api/jobs", "{}").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'company')].message").isEqualTo("is required")
                .jsonPath("$.errors[?(@.field == 'position')].message").isEqualTo("is required");
        assertThat(EventTopic.eventsOf(account.userId())).extracting(EventTopic.Received::type)
                .containsExactly("careervault.user.registered.v1");
    }

    @Test
    void malformedAndOversizeBodiesAreProblemsNotErrors() {
        post("/api/jobs", "{\"company\": \"Tech Corp\",").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/jobs", "[1, 2]").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("must be a JSON object");
        post("/api/jobs", "{\"company\": \"Tech Corp\", \"position\": \"Dev\", \"notes\": \"" + "n".repeat(300_000) + "\"}")
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/jobs", "{\"company\": \"Tech Corp\", \"position\": \"Dev\", \"notes\": \"" + "n".repeat(5001) + "\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("must be at most 5000 characters");
        client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.TEXT_PLAIN).bodyValue("company=Tech Corp")
                .exchange().expectStatus().isEqualTo(415);
    }

    @Test
    void aJobIdThatIsNotAUuidIsAFieldError() {
        client.patch().uri("/api/jobs/not-a-uuid").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"status\": \"Offer\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("job_id");
        client.get().uri("/api/jobs/not-a-uuid").header("Authorization", account.bearer())
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("job_id");
    }

    @Test
    void bulkCommandsAreValidated() {
        String ids = String.join(",", java.util.Collections.nCopies(101, "\"" + UUID.randomUUID() + "\""));
        post("/api/jobs/bulk", "{\"action\": \"archive\", \"job_ids\": [" + ids + "]}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'action')].message").isEqualTo("must be update_status, delete or restore")
                .jsonPath("$.errors[?(@.field == 'job_ids')].message").isEqualTo("must have 1 to 100 items");
        post("/api/jobs/bulk", "{\"action\": \"update_status\", \"job_ids\": [\"x\"]}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'status')].message").isEqualTo("is required for update_status")
                .jsonPath("$.errors[?(@.field == 'job_ids[0]')].message").isEqualTo("is not a job id (a UUID)");
    }

    private WebTestClient.ResponseSpec post(String path, String json) {
        return client.post().uri(path).header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec postWithKey(String key, String json) {
        return client.post().uri("/api/jobs").header("Authorization", account.bearer()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    static Map<String, Object> job(String company) {
        return Map.of("company", company, "position", "Engineer");
    }
}
