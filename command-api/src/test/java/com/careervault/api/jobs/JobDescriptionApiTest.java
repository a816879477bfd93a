package com.careervault.api.jobs;

import static com.careervault.api.support.ReadModelJobs.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.api.support.JobApi;
import com.careervault.api.support.ProjectorGroup;
import com.careervault.api.support.ReadModelJobs;
import com.careervault.contracts.dynamodb.ReadModel.Ai;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.devstack.EventTopic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code job_description} on the write path (create, merge patch: set, clear, unchanged) and the read path, with
 * the AI insights the projector keeps in the job's item ({@code ai}, keys of {@link Ai}). There is no projector
 * here: the items are written as the projector writes them (its tests check that side), and this class's own
 * projector group is moved to the end of the caller's partition, as the projector commits after applying, so
 * that reads and commands see them (read-your-writes, {@code ProjectorProgress}). The job view's
 * {@code status_set_by} (an item the system marked Ghosted) is read the same way here.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "careervault.consistency.projector-group-id=" + JobDescriptionApiTest.GROUP)
class JobDescriptionApiTest {

    static final String GROUP = "command-api-test-job-description";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DESCRIPTION = "Backend engineer for our event pipeline.\n\n- Java 17, Kafka\n"
            + "- DynamoDB is a plus\tRemote (EU)";
    private static final String RESUME_HASH = EnrichmentInputs.hash("Six years of Java and Kafka.");

    @Autowired
    WebTestClient client;

    private Accounts.Account account;
    private JobApi jobs;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
        jobs = new JobApi(client, account);
    }

    @Test
    void createCarriesTheDescriptionTrimmedWithItsLinesInTheEvent() {
        JsonNode accepted = jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"job_description\": "
                + JSON.writeValueAsString("  " + DESCRIPTION + " \n") + "}")
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();

        JsonNode data = jobs.lastEvent("careervault.job.created.v1").data();
        assertThat(data.toString()).isEqualTo("{\"job_id\":\"" + accepted.get("job_id").asString() + "\","
                + "\"company\":\"Acme\",\"position\":\"Engineer\",\"status\":\"Applied\",\"job_description\":"
                + JSON.writeValueAsString(DESCRIPTION) + "}");
    }

    @Test
    void aDescriptionOverTheLimitOrWithControlCharactersIsAFieldErrorAndNothingIsPublished() {
        // exactly the limit is fine, counted in code points (each emoji is two UTF-16 units)
        jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"job_description\": \""
                + "\uD83D\uDE00".repeat(JobFields.JOB_DESCRIPTION_MAX) + "\"}").expectStatus().isAccepted();
        int events = EventTopic.eventsOf(account.userId()).size();

        jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"job_description\": \""
                + "d".repeat(JobFields.JOB_DESCRIPTION_MAX + 1) + "\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("job_description")
                .jsonPath("$.errors[0].message").isEqualTo("must be at most 20000 characters");
        jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"job_description\": \"bell \\u0007\"}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("job_description")
                .jsonPath("$.errors[0].message").isEqualTo("must not contain control characters");
        jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"job_description\": [\"x\"]}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("job_description")
                .jsonPath("$.errors[0].message").isEqualTo("must be a string");
        jobs.patch(UUID.randomUUID().toString(),
                "{\"job_description\": \"" + "d".repeat(JobFields.JOB_DESCRIPTION_MAX + 1)
                + "\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("job_description");
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
    }

    @Test
    void theJobAnswersTheInsightsOfItsCurrentDescriptionExactly() {
        String ready = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = job(ready, DESCRIPTION);
        item.put(Jobs.AI, AttributeValue.fromM(Map.ofEntries(
                Map.entry(Ai.SUMMARY, AttributeValue.fromS("A backend role on an event pipeline.")),
                Map.entry(Ai.REQUIRED_SKILLS, strings("Java", "Kafka", "DynamoDB")),
                Map.entry(Ai.MATCH_SCORE, AttributeValue.fromN("72")),
                Map.entry(Ai.STRENGTHS, strings("Six years of Java")),
                Map.entry(Ai.GAPS, strings("No DynamoDB mentioned")),
                Map.entry(Ai.PROVIDER, AttributeValue.fromS("gemini")),
                Map.entry(Ai.MODEL, AttributeValue.fromS("gemini-2.5-flash")),
                Map.entry(Ai.DEGRADED, AttributeValue.fromBool(false)),
                Map.entry(Ai.INPUT_HASH, AttributeValue.fromS(EnrichmentInputs.inputHash(
                        EnrichmentInputs.hash(DESCRIPTION), RESUME_HASH))),
                Map.entry(Ai.DESCRIPTION_HASH, AttributeValue.fromS(EnrichmentInputs.hash(DESCRIPTION))),
                Map.entry(Ai.RESUME_HASH, AttributeValue.fromS(RESUME_HASH)),
                Map.entry(Ai.COMPUTED_AT, AttributeValue.fromS("2026-11-20T10:15:31.5Z")),
                Map.entry(Ai.EVENT_ID, AttributeValue.fromS("5b0c1a7e-8a44-5d1c-9f3e-2a6b7c8d9e01")))));
        put(item);
        projectorCaughtUp();

        JsonNode answer = client.get().uri("/api/jobs/" + ready).header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"0-41\"")
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(answer).isEqualTo(JSON.readTree("""
                {"job_id": "%s", "company": "Acme", "position": "Backend Engineer", "status": "Applied",
                 "created_at": "2026-11-20T10:15:30.123456Z", "version": "0-41", "job_description": %s,
                 "ai_status": "ready",
                 "ai": {"summary": "A backend role on an event pipeline.",
                        "required_skills": ["Java", "Kafka", "DynamoDB"], "match_score": 72,
                        "strengths": ["Six years of Java"], "gaps": ["No DynamoDB mentioned"],
                        "provider": "gemini", "model": "gemini-2.5-flash", "degraded": false,
                        "degraded_reason": null, "computed_at": "2026-11-20T10:15:31.500000Z",
                        "resume_hash": "%s"},
                 "interviews": [], "contacts": [], "status_set_by": "user",
                 "company_history": {"earlier_applications": 0, "last_job_id": null, "last_position": null,
                                     "last_status": null, "last_date": null}}""".formatted(ready, JSON.writeValueAsString(DESCRIPTION), RESUME_HASH)));
    }

    @Test
    void theJobViewSaysWhetherTheSystemSetTheStatusInTheJobAndInLists() {
        String marked = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = job(marked, null);
        item.put(Jobs.STATUS, AttributeValue.fromS("Ghosted"));
        item.put(Jobs.STATUS_CREATED_AT, AttributeValue.fromS("Ghosted#2026-11-20T10:15:30.123456Z"));
        item.put(Jobs.STATUS_SET_BY, AttributeValue.fromS("system"));
        put(item);
        String chosen = UUID.randomUUID().toString();
        Map<String, AttributeValue> user = job(chosen, null);
        user.put(Jobs.STATUS, AttributeValue.fromS("Ghosted"));
        user.put(Jobs.STATUS_CREATED_AT, AttributeValue.fromS("Ghosted#2026-11-20T10:15:30.123456Z"));
        put(user);
        projectorCaughtUp();

        JsonNode markedJob = jobs.get(marked);
        assertThat(markedJob.get("status").asString()).isEqualTo("Ghosted");
        assertThat(markedJob.get("status_set_by").asString()).isEqualTo("system");
        assertThat(jobs.get(chosen).get("status_set_by").asString()).isEqualTo("user");
        JsonNode list = client.get().uri("/api/jobs?status=Ghosted").header("Authorization", account.bearer())
                .header("Prefer", "wait=5").exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(list.get("jobs").valueStream().map(job -> job.get("job_id").asString() + "="
                + job.get("status_set_by").asString()).toList())
                .containsExactlyInAnyOrder(marked + "=system", chosen + "=user");
    }

    @Test
    void aDegradedResultWithoutAResumeHasNullsWhereNothingWasComputed() {
        String degraded = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = job(degraded, DESCRIPTION);
        item.put(Jobs.AI, AttributeValue.fromM(Map.ofEntries(
                Map.entry(Ai.SUMMARY, AttributeValue.fromS("Backend engineer for our event pipeline.")),
                Map.entry(Ai.REQUIRED_SKILLS, strings("java", "kafka")),
                Map.entry(Ai.STRENGTHS, AttributeValue.fromL(List.of())),
                Map.entry(Ai.GAPS, AttributeValue.fromL(List.of())),
                Map.entry(Ai.PROVIDER, AttributeValue.fromS("gemini")),
                Map.entry(Ai.MODEL, AttributeValue.fromS("lexical-1")),
                Map.entry(Ai.DEGRADED, AttributeValue.fromBool(true)),
                Map.entry(Ai.DEGRADED_REASON, AttributeValue.fromS("timeout")),
                Map.entry(Ai.DESCRIPTION_HASH, AttributeValue.fromS(EnrichmentInputs.hash(DESCRIPTION))),
                Map.entry(Ai.COMPUTED_AT, AttributeValue.fromS("2026-11-20T10:16:00.000000Z")))));
        put(item);
        projectorCaughtUp();

        JsonNode ai = jobs.get(degraded).get("ai");

        assertThat(ai).isEqualTo(JSON.readTree("""
                {"summary": "Backend engineer for our event pipeline.", "required_skills": ["java", "kafka"],
                 "match_score": null, "strengths": [], "gaps": [], "provider": "gemini", "model": "lexical-1",
                 "degraded": true, "degraded_reason": "timeout", "computed_at": "2026-11-20T10:16:00.000000Z",
                 "resume_hash": null}"""));
    }

    @Test
    void withoutAResultForTheCurrentDescriptionTheStatusIsPendingAndWithoutADescriptionNone() {
        String pending = UUID.randomUUID().toString();
        put(job(pending, DESCRIPTION));
        String outdated = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = job(outdated, DESCRIPTION);
        // a result for an earlier text of the posting is not this text's
        item.put(Jobs.AI, AttributeValue.fromM(Map.of(
                Ai.SUMMARY, AttributeValue.fromS("old"),
                Ai.DESCRIPTION_HASH, AttributeValue.fromS(EnrichmentInputs.hash("an earlier posting")))));
        put(item);
        String none = UUID.randomUUID().toString();
        put(job(none, null));
        projectorCaughtUp();

        JsonNode pendingJob = jobs.get(pending);
        assertThat(pendingJob.get("ai_status").asString()).isEqualTo("pending");
        assertThat(pendingJob.has("ai")).isFalse();
        JsonNode outdatedJob = jobs.get(outdated);
        assertThat(outdatedJob.get("ai_status").asString()).isEqualTo("pending");
        assertThat(outdatedJob.has("ai")).isFalse();
        JsonNode noneJob = jobs.get(none);
        assertThat(noneJob.get("ai_status").asString()).isEqualTo("none");
        assertThat(noneJob.has("ai")).isFalse();
        assertThat(noneJob.has("job_description")).isFalse();

        // the account export shows the jobs as GET does
        JsonNode export = client.get().uri("/api/me/export").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        Map<String, JsonNode> exported = new HashMap<>();
        export.get("jobs").forEach(job -> exported.put(job.get("job_id").asString(), job));
        assertThat(exported.get(pending).get("job_description").asString()).isEqualTo(DESCRIPTION);
        assertThat(exported.get(none).has("job_description")).isFalse();
        assertThat(export.get("resume").isNull()).isTrue();
    }

    @Test
    void aPatchSetsReplacesOrClearsTheDescriptionAndPublishesNothingForTheSameText() {
        String jobId = UUID.randomUUID().toString();
        put(job(jobId, DESCRIPTION));
        projectorCaughtUp();

        jobs.patch(jobId, "{\"job_description\": " + JSON.writeValueAsString(" " + DESCRIPTION + "\n") + "}")
                .expectStatus().isAccepted();
        assertThat(EventTopic.eventsOf(account.userId())).noneMatch(e -> e.type().equals("careervault.job.updated.v1"));

        projectorCaughtUp();
        jobs.patch(jobId, "{\"job_description\": \"A new posting\\r\\nwith two lines\"}").expectStatus().isAccepted();
        JsonNode set = jobs.lastEvent("careervault.job.updated.v1").data();
        assertThat(set.get("job_id").asString()).isEqualTo(jobId);
        assertThat(set.get("job_description").asString()).isEqualTo("A new posting\r\nwith two lines");
        assertThat(set.path("cleared").isMissingNode() || set.get("cleared").isEmpty()).isTrue();
        assertThat(set.has("notes")).isFalse();

        projectorCaughtUp();
        jobs.patch(jobId, "{\"job_description\": null}").expectStatus().isAccepted();
        JsonNode cleared = jobs.lastEvent("careervault.job.updated.v1").data();
        assertThat(cleared.get("cleared").toString()).isEqualTo("[\"job_description\"]");
        assertThat(cleared.has("job_description")).isFalse();
    }

    private Map<String, AttributeValue> job(String jobId, String description) {
        Map<String, AttributeValue> item = ReadModelJobs.job(account.userId(), jobId, "Acme", "Backend Engineer",
                "Applied", "2026-11-20T10:15:30.123456Z", 41);
        if (description != null) {
            item.put(Jobs.JOB_DESCRIPTION, AttributeValue.fromS(description));
            item.put(Jobs.JOB_DESCRIPTION_HASH, AttributeValue.fromS(EnrichmentInputs.hash(description)));
        }
        return item;
    }

    private static AttributeValue strings(String... values) {
        return AttributeValue.fromL(java.util.Arrays.stream(values).map(AttributeValue::fromS).toList());
    }

    /** What the projector does after applying the caller's events (see {@link ProjectorGroup}). */
    private void projectorCaughtUp() {
        ProjectorGroup.caughtUp(GROUP, account.userId());
    }
}
