package com.careervault.api.jobs;

import static com.careervault.api.support.ReadModelJobs.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.api.support.JobApi;
import com.careervault.api.support.ProjectorGroup;
import com.careervault.api.support.ReadModelJobs;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.devstack.EventTopic;
import java.util.HashMap;
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

/**
 * {@code source} (where the application came from) on the write path (create, merge patch: set, clear, unchanged)
 * and the read path (job, account export). As in {@link JobDescriptionApiTest} there is no projector: items are
 * written as the projector writes them and the test's projector group is moved to the end of the partition.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "careervault.consistency.projector-group-id=" + JobSourceApiTest.GROUP)
class JobSourceApiTest {

    static final String GROUP = "command-api-test-job-source";

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
    void createCarriesTheSourceTrimmedInTheEvent() {
        JsonNode accepted = jobs.post(
                "{\"company\": \"Acme\", \"position\": \"Engineer\", \"source\": \"  LinkedIn \"}")
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();

        JsonNode data = jobs.lastEvent("careervault.job.created.v1").data();
        assertThat(data.toString()).isEqualTo("{\"job_id\":\"" + accepted.get("job_id").asString() + "\","
                + "\"company\":\"Acme\",\"position\":\"Engineer\",\"status\":\"Applied\",\"source\":\"LinkedIn\"}");
    }

    @Test
    void aSourceOverTheLimitOrNotTextIsAFieldErrorAndNothingIsPublished() {
        // exactly the limit is fine, counted in code points; a blank source is absent
        jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"source\": \""
                + "\uD83D\uDE00".repeat(JobFields.SOURCE_MAX) + "\"}").expectStatus().isAccepted();
        jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"source\": \"   \"}")
                .expectStatus().isAccepted();
        assertThat(jobs.lastEvent("careervault.job.created.v1").data().has("source")).isFalse();
        int events = EventTopic.eventsOf(account.userId()).size();

        jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"source\": \""
                + "s".repeat(JobFields.SOURCE_MAX + 1) + "\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("source")
                .jsonPath("$.errors[0].message").isEqualTo("must be at most 100 characters");
        jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"source\": \"bell \\u0007\"}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("source")
                .jsonPath("$.errors[0].message").isEqualTo("must not contain control characters");
        jobs.post("{\"company\": \"Acme\", \"position\": \"Engineer\", \"source\": 7}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("source")
                .jsonPath("$.errors[0].message").isEqualTo("must be a string");
        jobs.patch(UUID.randomUUID().toString(), "{\"source\": \"" + "s".repeat(JobFields.SOURCE_MAX + 1) + "\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("source");
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
    }

    @Test
    void theJobAndTheExportShowTheSource() {
        String jobId = UUID.randomUUID().toString();
        put(job(jobId, "Referral"));
        String without = UUID.randomUUID().toString();
        put(job(without, null));
        projectorCaughtUp();

        assertThat(jobs.get(jobId).get("source").asString()).isEqualTo("Referral");
        assertThat(jobs.get(without).has("source")).isFalse();
        JsonNode export = client.get().uri("/api/me/export").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        Map<String, JsonNode> exported = new HashMap<>();
        export.get("jobs").forEach(job -> exported.put(job.get("job_id").asString(), job));
        assertThat(exported.get(jobId).get("source").asString()).isEqualTo("Referral");
        assertThat(exported.get(without).has("source")).isFalse();
    }

    @Test
    void aPatchSetsOrClearsTheSourceAndPublishesNothingForTheSameText() {
        String jobId = UUID.randomUUID().toString();
        put(job(jobId, "Referral"));
        projectorCaughtUp();

        jobs.patch(jobId, "{\"source\": \" Referral \"}").expectStatus().isAccepted();
        assertThat(EventTopic.eventsOf(account.userId())).noneMatch(e -> e.type().equals("careervault.job.updated.v1"));

        jobs.patch(jobId, "{\"source\": \"Job board\"}").expectStatus().isAccepted();
        JsonNode set = jobs.lastEvent("careervault.job.updated.v1").data();
        assertThat(set.toString()).isEqualTo("{\"job_id\":\"" + jobId + "\",\"cleared\":[],\"source\":\"Job board\"}");

        projectorCaughtUp();
        jobs.patch(jobId, "{\"source\": null}").expectStatus().isAccepted();
        JsonNode cleared = jobs.lastEvent("careervault.job.updated.v1").data();
        assertThat(cleared.toString()).isEqualTo("{\"job_id\":\"" + jobId + "\",\"cleared\":[\"source\"]}");
    }

    private Map<String, AttributeValue> job(String jobId, String source) {
        Map<String, AttributeValue> item = ReadModelJobs.job(account.userId(), jobId, "Acme", "Backend Engineer",
                "Applied", "2026-11-20T10:15:30.123456Z", 41);
        if (source != null) {
            item.put(Jobs.SOURCE, AttributeValue.fromS(source));
        }
        return item;
    }

    /** What the projector does after applying the caller's events (see {@link ProjectorGroup}). */
    private void projectorCaughtUp() {
        ProjectorGroup.caughtUp(GROUP, account.userId());
    }
}
