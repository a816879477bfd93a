package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.devstack.DevStackExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/jobs?tag=}: the caller's jobs with a tag, from the projector's tag index. */
@ExtendWith(DevStackExtension.class)
class JobTagsTest {

    @Test
    void taggedJobsAreListedNewestFirstInPagesByAnySpellingOfTheTagAndOnlyTheCallers() {
        Api api = Api.newUser();
        Api someoneElse = Api.newUser();
        String first = api.createReadable("{\"company\": \"Acme\", \"position\": \"Dev\", "
                + "\"tags\": [\"Remote\", \"Backend\"]}");
        String backendOnly = api.createReadable("{\"company\": \"Globex\", \"position\": \"Dev\", "
                + "\"tags\": [\"backend\"]}");
        api.createReadable("{\"company\": \"Hooli\", \"position\": \"Dev\"}");
        String offer = api.createReadable("{\"company\": \"Initech\", \"position\": \"Dev\", \"status\": \"Offer\", "
                + "\"tags\": [\"REMOTE\", \"C#\"]}");
        String last = api.createReadable("{\"company\": \"Umbrella\", \"position\": \"Dev\", "
                + "\"tags\": [\"remote\"]}");
        String theirs = someoneElse.createReadable("{\"company\": \"Acme\", \"position\": \"Dev\", "
                + "\"tags\": [\"remote\"]}");

        JsonNode remote = api.json(api.get("/api/jobs?tag=remote").expectStatus().isOk());
        assertThat(ids(remote)).containsExactly(last, offer, first);
        assertThat(remote.get("count").asInt()).isEqualTo(3);
        assertThat(remote.has("next_cursor")).isFalse();
        assertThat(remote.get("jobs").get(2).get("tags").toString()).isEqualTo("[\"Remote\",\"Backend\"]");
        assertThat(ids(api.json(api.get("/api/jobs?tag= REMOTE ").expectStatus().isOk())))
                .containsExactly(last, offer, first);
        assertThat(ids(api.json(api.get("/api/jobs?tag=Backend").expectStatus().isOk())))
                .containsExactly(backendOnly, first);
        assertThat(ids(api.json(api.get("/api/jobs?tag=remote&status=offer").expectStatus().isOk())))
                .containsExactly(offer);
        assertThat(ids(api.json(api.get("/api/jobs?tag=remote&status=Rejected").expectStatus().isOk()))).isEmpty();
        assertThat(ids(api.json(raw(api, "/api/jobs?tag=c%23").expectStatus().isOk()))).containsExactly(offer);
        assertThat(ids(api.json(api.get("/api/jobs?tag=c").expectStatus().isOk()))).isEmpty();
        assertThat(ids(api.json(api.get("/api/jobs?tag=remot").expectStatus().isOk()))).isEmpty();
        assertThat(ids(someoneElse.json(someoneElse.get("/api/jobs?tag=remote").expectStatus().isOk())))
                .containsExactly(theirs);

        // pages of one, newest first, each cursor continuing only this listing of this caller
        List<String> paged = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.json(api.get("/api/jobs?tag=remote&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).expectStatus().isOk());
            paged.addAll(ids(page));
            cursor = page.has("next_cursor") ? page.get("next_cursor").asString() : null;
            if (cursor != null) {
                cursors.add(cursor);
            }
        } while (cursor != null);
        assertThat(paged).containsExactly(last, offer, first);
        assertThat(cursors).hasSize(1);
        api.get("/api/jobs?tag=Remote&limit=2&cursor=" + cursors.get(0)).expectStatus().isOk()
                .expectBody().jsonPath("$.jobs[0].job_id").isEqualTo(first);
        api.get("/api/jobs?tag=backend&cursor=" + cursors.get(0)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        api.get("/api/jobs?company=remote&cursor=" + cursors.get(0)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        someoneElse.get("/api/jobs?tag=remote&cursor=" + cursors.get(0)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    @Test
    void retaggedClearedAndDeletedJobsLeaveTheTagsTheyLost() {
        Api api = Api.newUser();
        String kept = api.createReadable("{\"company\": \"Acme\", \"position\": \"Dev\", \"tags\": [\"remote\"]}");
        String retagged = api.createReadable("{\"company\": \"Globex\", \"position\": \"Dev\", "
                + "\"tags\": [\"remote\", \"urgent\"]}");
        String deleted = api.createReadable("{\"company\": \"Hooli\", \"position\": \"Dev\", \"tags\": [\"remote\"]}");

        api.patch("/api/jobs/" + retagged, "{\"tags\": [\"onsite\", \"Urgent\"]}", "Prefer", "wait=5")
                .expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids(api.json(
                api.get("/api/jobs?tag=remote").expectStatus().isOk()))).containsExactly(deleted, kept));
        assertThat(ids(api.json(api.get("/api/jobs?tag=onsite").expectStatus().isOk()))).containsExactly(retagged);
        assertThat(ids(api.json(api.get("/api/jobs?tag=urgent").expectStatus().isOk()))).containsExactly(retagged);

        api.patch("/api/jobs/" + retagged, "{\"tags\": null}", "Prefer", "wait=5").expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids(api.json(
                api.get("/api/jobs?tag=onsite").expectStatus().isOk()))).isEmpty());
        assertThat(ids(api.json(api.get("/api/jobs?tag=urgent").expectStatus().isOk()))).isEmpty();

        api.delete("/api/jobs/" + deleted, "Prefer", "wait=5").expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids(api.json(
                api.get("/api/jobs?tag=remote").expectStatus().isOk()))).containsExactly(kept));
    }

    @Test
    void aTagThatCannotBeATagOrIsCombinedWithCompanyIsA400WithItsField() {
        Api api = Api.newUser();
        String[][] mistakes = {
                {"/api/jobs?tag=" + "x".repeat(51), "tag"},
                {"/api/jobs?tag=" + "%F0%9F%9A%80".repeat(51), "tag"},
                {"/api/jobs?tag=remote&company=acme", "tag"},
                {"/api/jobs?tag=a%01b", "tag"},
                {"/api/jobs?tag=remote&status=Hired", "status"},
                {"/api/jobs?tag=remote&limit=101", "limit"},
                {"/api/jobs?tag=remote&cursor=bm90LWEtY3Vyc29y", "cursor"}};
        for (String[] mistake : mistakes) {
            raw(api, mistake[0]).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo(mistake[1]);
        }
        raw(api, "/api/jobs?tag=remote&company=acme").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].message")
                .isEqualTo("cannot be combined with company: filter by one of them (each combines with status)");
        // 50 emoji are within the limit (code points), and no job has that tag; a blank tag filters nothing
        api.get("/api/jobs?tag=" + "🚀".repeat(50)).expectStatus().isOk()
                .expectBody().jsonPath("$.jobs.length()").isEqualTo(0);
        api.get("/api/jobs?tag=").expectStatus().isOk();
    }

    /** A GET of a path sent exactly as written (already percent-encoded), not as a URI template. */
    private static WebTestClient.ResponseSpec raw(Api api, String path) {
        return api.http.get().uri(URI.create(TheSystem.get().apiUrl() + path)).header("Authorization", api.bearer)
                .exchange();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("jobs").forEach(job -> ids.add(job.get("job_id").asString()));
        return ids;
    }
}
