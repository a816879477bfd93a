package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EventTopic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A client never has to know about the projector: a command on a job, or a
 * read of it, sent right after the job's creation (or deletion) was
 * acknowledged is decided against a read model that has applied it, on any
 * API instance; and jobs carry a version for If-Match.
 */
@ExtendWith(DevStackExtension.class)
class ReadYourWritesTest {

    /**
     * Rounds a test: each round's four calls right after the creation (or deletion) race the projector; 40 of them
     * on one instance and 40 alternating between two instances (20 each way) have caught every ordering bug so far.
     * 100 each doubled the class's time without proving more.
     */
    private static final int ROUNDS = 40;

    @Test
    void createThenPatchGetDeleteWithoutPreferSucceedsEveryTime() {
        Api api = Api.newUser();
        for (int round = 0; round < ROUNDS; round++) {
            runRound(api, api.http, api.http, round);
        }
    }

    @Test
    void theSameHoldsAcrossTwoApiAndTwoProjectorInstances() {
        Api api = Api.newUser();
        WebTestClient other = TheSystem.secondApiHttp();
        for (int round = 0; round < ROUNDS; round++) {
            // create on one instance, act on the other; alternate which is which
            boolean flip = round % 2 == 0;
            runRound(api, flip ? api.http : other, flip ? other : api.http, round);
        }
    }

    private static void runRound(Api api, WebTestClient creator, WebTestClient actor, int round) {
        String jobId = api.json(exchange(creator.post().uri("/api/jobs").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"company\": \"Round " + round + "\", \"position\": \"Engineer\"}"), api)
                .expectStatus().isAccepted()).get("job_id").asString();

        exchange(actor.patch().uri("/api/jobs/" + jobId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"notes\": \"round " + round + "\"}"), api)
                .expectStatus().isAccepted();
        exchange(actor.get().uri("/api/jobs/" + jobId), api).expectStatus().isOk()
                .expectBody().jsonPath("$.company").isEqualTo("Round " + round);
        exchange(actor.delete().uri("/api/jobs/" + jobId), api).expectStatus().isAccepted();
        exchange(creator.get().uri("/api/jobs/" + jobId), api).expectStatus().isNotFound();
    }

    @Test
    void anEditRightAfterADeleteIsNotFoundNeverAcknowledgedAndLost() {
        Api api = Api.newUser();
        for (int round = 0; round < 6; round++) {
            String jobId = api.json(api.post("/api/jobs", "{\"company\": \"Acme\", \"position\": \"Engineer\"}")
                    .expectStatus().isAccepted()).get("job_id").asString();
            api.delete("/api/jobs/" + jobId).expectStatus().isAccepted();

            api.patch("/api/jobs/" + jobId, "{\"notes\": \"new notes\"}").expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(EventTopic.eventsOf(api.userId)).extracting(EventTopic.Received::type)
                .doesNotContain("careervault.job.updated.v1");
    }

    @Test
    void statusChangesSentBackToBackRecordTheRightFromStatus() {
        Api api = Api.newUser();
        String jobId = api.json(api.post("/api/jobs", "{\"company\": \"Acme\", \"position\": \"Engineer\"}")
                .expectStatus().isAccepted()).get("job_id").asString();
        api.patch("/api/jobs/" + jobId, "{\"status\": \"Interviewing\"}").expectStatus().isAccepted();
        api.patch("/api/jobs/" + jobId, "{\"status\": \"Offer\"}").expectStatus().isAccepted();
        api.post("/api/jobs/bulk", "{\"action\": \"update_status\", \"status\": \"Accepted\", \"job_ids\": [\""
                + jobId + "\"]}").expectStatus().isAccepted()
                .expectBody().jsonPath("$.results[0].result").isEqualTo("accepted");

        List<String> moves = EventTopic.eventsOf(api.userId).stream()
                .filter(e -> e.type().equals("careervault.job.status-changed.v1"))
                .map(e -> e.data().get("from").asString() + ">" + e.data().get("to").asString())
                .toList();
        assertThat(moves).containsExactly("Applied>Interviewing", "Interviewing>Offer", "Offer>Accepted");
    }

    @Test
    void versionsGuardAgainstBlindOverwrites() {
        Api api = Api.newUser();
        String created = api.post("/api/jobs", "{\"company\": \"Acme\", \"position\": \"Engineer\"}")
                .expectStatus().isAccepted().returnResult(JsonNode.class).getResponseHeaders().getETag();
        String jobId = api.json(api.post("/api/jobs", "{\"company\": \"Beta\", \"position\": \"Engineer\"}")
                .expectStatus().isAccepted()).get("job_id").asString();
        assertThat(created).matches("\"\\d+-\\d+\"");

        var read = api.get("/api/jobs/" + jobId).expectStatus().isOk().returnResult(JsonNode.class);
        String tabOne = read.getResponseHeaders().getETag();
        JsonNode job = read.getResponseBody().blockFirst();
        assertThat(job.get("version").asString()).isEqualTo(tabOne.replace("\"", ""));
        api.http.get().uri("/api/jobs/" + jobId).header("Authorization", api.bearer)
                .header("If-None-Match", tabOne).exchange().expectStatus().isNotModified();

        // tab one saves: accepted, and told the next version
        String afterFirstSave = api.patch("/api/jobs/" + jobId, "{\"notes\": \"from tab one\"}", "If-Match", tabOne)
                .expectStatus().isAccepted().returnResult(JsonNode.class).getResponseHeaders().getETag();
        assertThat(afterFirstSave).isNotEqualTo(tabOne);
        // tab two still holds the old version: refused, with the current one
        api.patch("/api/jobs/" + jobId, "{\"notes\": \"from tab two\"}", "If-Match", tabOne)
                .expectStatus().isEqualTo(412)
                .expectHeader().valueEquals("ETag", afterFirstSave)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://careervault.dev/problems/precondition-failed")
                .jsonPath("$.errors[0].field").isEqualTo("If-Match");
        api.delete("/api/jobs/" + jobId, "If-Match", tabOne).expectStatus().isEqualTo(412);
        api.delete("/api/jobs/" + jobId, "If-Match", "W/" + afterFirstSave).expectStatus().isEqualTo(412);

        api.delete("/api/jobs/" + jobId, "If-Match", afterFirstSave).expectStatus().isAccepted();
        assertThat(EventTopic.eventsOf(api.userId)).extracting(e -> e.data().path("notes").asString(""))
                .contains("from tab one").doesNotContain("from tab two");
    }

    @Test
    void jobsTheCallerNeverHadAreNotFound() {
        Api api = Api.newUser();
        String unknown = java.util.UUID.randomUUID().toString();

        api.patch("/api/jobs/" + unknown, "{\"status\": \"Offer\"}").expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.delete("/api/jobs/" + unknown).expectStatus().isNotFound();
        api.get("/api/jobs/" + unknown).expectStatus().isNotFound();
        api.post("/api/jobs/bulk", "{\"action\": \"delete\", \"job_ids\": [\"" + unknown + "\"]}")
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.results[0].result").isEqualTo("not_found");
        assertThat(EventTopic.eventsOf(api.userId)).extracting(EventTopic.Received::type)
                .containsExactly("careervault.user.registered.v1");
    }

    @Test
    void aProjectorThatHasNotCaughtUpIsA503NeverA404() {
        Api api = Api.newUser();
        TheSystem.pauseProjectors(true);
        try {
            String jobId = api.json(api.post("/api/jobs", "{\"company\": \"Acme\", \"position\": \"Engineer\"}")
                    .expectStatus().isAccepted()).get("job_id").asString();

            api.patch("/api/jobs/" + jobId, "{\"notes\": \"x\"}").expectStatus().isEqualTo(503)
                    .expectHeader().exists("Retry-After")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://careervault.dev/problems/read-model-behind");
            api.get("/api/jobs/" + jobId).expectStatus().isEqualTo(503);
            TheSystem.pauseProjectors(false);
            api.patch("/api/jobs/" + jobId, "{\"notes\": \"x\"}").expectStatus().isAccepted();
        } finally {
            TheSystem.pauseProjectors(false);
        }
    }

    private static WebTestClient.ResponseSpec exchange(WebTestClient.RequestHeadersSpec<?> request, Api api) {
        return request.header("Authorization", api.bearer).exchange();
    }
}
