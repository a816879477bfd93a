package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EventTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deleted job comes back, one or many at a time, exactly as it was, while its tombstone lasts; the
 * "recently deleted" list shows what can still be restored.
 */
@ExtendWith(DevStackExtension.class)
class RestoreTest {

    private static final Duration LISTED = Duration.ofSeconds(15);

    @Test
    void aRestoredJobIsReadableAtOnceWithItsFieldsHistoryAndCreationTime() {
        Api api = Api.newUser();
        String jobId = api.createReadable("""
                {"company": "Tech Corp", "position": "Engineer", "location": "Remote", "notes": "referred",
                 "applied_date": "2026-11-20", "interview_at": "2026-12-01T15:00:00Z", "tags": ["backend"]}""");
        api.patch("/api/jobs/" + jobId, "{\"status\": \"Interviewing\"}", "Prefer", "wait=5").expectStatus().isOk();
        // the job as one GET shows it, with its interviews and contacts (command answers leave those out)
        JsonNode before = api.json(api.get("/api/jobs/" + jobId).expectStatus().isOk());
        assertThat(before.get("interviews")).hasSize(1);
        api.delete("/api/jobs/" + jobId).expectStatus().isAccepted();
        api.get("/api/jobs/" + jobId).expectStatus().isNotFound();

        JsonNode accepted = api.json(api.post("/api/jobs/" + jobId + "/restore", "")
                .expectStatus().isAccepted()
                .expectHeader().valueEquals("Location", "/api/jobs/" + jobId)
                .expectHeader().valueMatches("ETag", "\"\\d+-\\d+\""));
        assertThat(accepted.get("job_id").asString()).isEqualTo(jobId);
        assertThat(accepted.get("event_ids")).hasSize(1);

        // read-your-writes: the GET right after the 202 sees the restore
        JsonNode after = api.json(api.get("/api/jobs/" + jobId).expectStatus().isOk());
        assertThat(withoutChangeMarks(after)).isEqualTo(withoutChangeMarks(before));
        assertThat(after.get("status").asString()).isEqualTo("Interviewing");
        assertThat(after.get("status_history")).extracting(stage -> stage.get("status").asString())
                .containsExactly("Applied", "Interviewing");
        assertThat(after.get("created_at")).isEqualTo(before.get("created_at"));
        assertThat(Instant.parse(after.get("updated_at").asString()))
                .isAfter(Instant.parse(before.get("updated_at").asString()));

        List<EventTopic.Received> events = EventTopic.eventsOf(api.userId);
        EventTopic.Received restored = events.get(events.size() - 1);
        assertThat(restored.type()).isEqualTo("careervault.job.restored.v1");
        assertThat(restored.event().get("id").asString()).isEqualTo(accepted.get("event_ids").get(0).asString());
        assertThat(restored.data().get("created_at")).isEqualTo(before.get("created_at"));
        assertThat(restored.data().get("status_history_count").asLong()).isEqualTo(2);

        // live again: a second restore is a conflict, and the job is in the list again
        api.post("/api/jobs/" + jobId + "/restore", "").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://careervault.dev/problems/conflict");
        await().atMost(LISTED).untilAsserted(() -> assertThat(api.json(api.get("/api/jobs").expectStatus().isOk())
                .get("jobs")).extracting(job -> job.get("job_id").asString()).containsExactly(jobId));
    }

    @Test
    void withPreferWaitTheRestoreAnswersWithTheJob() {
        Api api = Api.newUser();
        String jobId = api.createReadable("{\"company\": \"Acme\", \"position\": \"Engineer\"}");
        api.delete("/api/jobs/" + jobId, "Prefer", "wait=5").expectStatus().isNoContent();

        JsonNode job = api.json(api.post("/api/jobs/" + jobId + "/restore", "", "Prefer", "wait=5")
                .expectStatus().isOk()
                .expectHeader().valueEquals("Preference-Applied", "wait"));
        assertThat(job.get("job_id").asString()).isEqualTo(jobId);
        assertThat(job.get("company").asString()).isEqualTo("Acme");
    }

    @Test
    void onlyTheCallersDeletedJobsCanBeRestored() {
        Api owner = Api.newUser();
        Api other = Api.newUser();
        String jobId = owner.createReadable("{\"company\": \"Acme\", \"position\": \"Engineer\"}");
        owner.delete("/api/jobs/" + jobId).expectStatus().isAccepted();

        other.post("/api/jobs/" + jobId + "/restore", "").expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        owner.post("/api/jobs/" + UUID.randomUUID() + "/restore", "").expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        owner.post("/api/jobs/not-a-uuid/restore", "").expectStatus().isBadRequest();
        assertThat(EventTopic.eventsOf(other.userId)).extracting(EventTopic.Received::type)
                .doesNotContain("careervault.job.restored.v1");
        assertThat(other.json(other.get("/api/jobs/deleted").expectStatus().isOk()).get("count").asInt()).isZero();
    }

    @Test
    void aBulkDeleteIsUndoneByABulkRestoreWithAResultPerJob() {
        Api api = Api.newUser();
        String first = api.createReadable("{\"company\": \"Alpha\", \"position\": \"Engineer\"}");
        String second = api.createReadable("{\"company\": \"Beta\", \"position\": \"Engineer\"}");
        String live = api.createReadable("{\"company\": \"Gamma\", \"position\": \"Engineer\"}");
        String unknown = UUID.randomUUID().toString();
        api.post("/api/jobs/bulk", "{\"action\": \"delete\", \"job_ids\": [\"%s\", \"%s\"]}".formatted(first, second))
                .expectStatus().isAccepted();

        JsonNode results = api.json(api.post("/api/jobs/bulk",
                "{\"action\": \"restore\", \"job_ids\": [\"%s\", \"%s\", \"%s\", \"%s\"]}"
                        .formatted(first, live, second, unknown)).expectStatus().isAccepted()).get("results");
        assertThat(results).extracting(entry -> entry.get("job_id").asString() + "=" + entry.get("result").asString())
                .containsExactly(first + "=accepted", live + "=unchanged", second + "=accepted",
                        unknown + "=not_found");
        List<String> restoredEvents = EventTopic.eventsOf(api.userId).stream()
                .filter(event -> event.type().equals("careervault.job.restored.v1"))
                .map(event -> event.event().get("id").asString()).toList();
        assertThat(restoredEvents).containsExactly(results.get(0).get("event_id").asString(),
                results.get(2).get("event_id").asString());

        api.get("/api/jobs/" + first).expectStatus().isOk().expectBody().jsonPath("$.company").isEqualTo("Alpha");
        api.get("/api/jobs/" + second).expectStatus().isOk().expectBody().jsonPath("$.company").isEqualTo("Beta");
    }

    @Test
    void restoreAndTheDeletedListRefuseMissingTokensAndBadParametersWithProblems() {
        String anyId = UUID.randomUUID().toString();
        TheSystem.http().post().uri("/api/jobs/" + anyId + "/restore").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        TheSystem.http().get().uri("/api/jobs/deleted").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        Api api = Api.newUser();
        for (String limit : List.of("0", "abc", "1000")) {
            api.get("/api/jobs/deleted?limit=" + limit).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        }
        api.get("/api/jobs/deleted?cursor=not-a-cursor").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    @Test
    void theDeletedListShowsWhatCanStillBeRestoredNewestFirstPageByPage() {
        Api api = Api.newUser();
        List<String> deleted = new ArrayList<>();
        for (String company : List.of("One", "Two", "Three")) {
            String jobId = api.createReadable("{\"company\": \"%s\", \"position\": \"Engineer\", \"status\": \"Offer\"}"
                    .formatted(company));
            api.delete("/api/jobs/" + jobId, "Prefer", "wait=5").expectStatus().isNoContent();
            deleted.add(0, jobId);
        }
        String kept = api.createReadable("{\"company\": \"Kept\", \"position\": \"Engineer\"}");

        JsonNode firstPage = api.json(api.get("/api/jobs/deleted?limit=2").expectStatus().isOk());
        assertThat(firstPage.get("count").asInt()).isEqualTo(2);
        JsonNode newest = firstPage.get("jobs").get(0);
        assertThat(newest.get("job_id").asString()).isEqualTo(deleted.get(0));
        assertThat(newest.get("company").asString()).isEqualTo("Three");
        assertThat(newest.get("position").asString()).isEqualTo("Engineer");
        assertThat(newest.get("status").asString()).isEqualTo("Offer");
        Instant deletedAt = Instant.parse(newest.get("deleted_at").asString());
        assertThat(Duration.between(deletedAt, Instant.parse(newest.get("expires_at").asString())))
                .isBetween(Duration.ofDays(30).minusMinutes(2), Duration.ofDays(30).plusSeconds(1));
        JsonNode secondPage = api.json(api.get("/api/jobs/deleted?limit=2&cursor="
                + firstPage.get("next_cursor").asString()).expectStatus().isOk());
        assertThat(secondPage.has("next_cursor")).isFalse();
        List<String> listed = new ArrayList<>();
        firstPage.get("jobs").forEach(job -> listed.add(job.get("job_id").asString()));
        secondPage.get("jobs").forEach(job -> listed.add(job.get("job_id").asString()));
        assertThat(listed).containsExactlyElementsOf(deleted).doesNotContain(kept);

        // a cursor of another listing is refused; a restored job leaves the list
        api.get("/api/jobs?cursor=" + firstPage.get("next_cursor").asString()).expectStatus().isBadRequest();
        api.post("/api/jobs/" + deleted.get(1) + "/restore", "", "Prefer", "wait=5").expectStatus().isOk();
        await().atMost(LISTED).untilAsserted(() -> assertThat(
                api.json(api.get("/api/jobs/deleted").expectStatus().isOk()).get("jobs"))
                .extracting(job -> job.get("job_id").asString())
                .containsExactly(deleted.get(0), deleted.get(2)));
    }

    /** The job as a client compares it across a delete and restore: all but when it last changed. */
    private static Map<String, JsonNode> withoutChangeMarks(JsonNode job) {
        Map<String, JsonNode> fields = new HashMap<>();
        ((ObjectNode) job).properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
        fields.remove("updated_at");
        fields.remove("version");
        return fields;
    }
}
