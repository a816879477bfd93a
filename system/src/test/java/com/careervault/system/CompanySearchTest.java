package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.devstack.DevStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Have I applied here before?" answered from the company search index, and
 * listing cursors that only continue the listing they came from.
 */
@ExtendWith(DevStackExtension.class)
class CompanySearchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Newer jobs in front of the old one: well past what a listing that filtered the jobs index would read before
     * answering (20 index pages of the page size, 20 by default: 400 jobs), so only the search index finds it on
     * the first page. 3,000 proved nothing more and took half a minute of projection.
     */
    private static final int NEWER = 1_000;

    @Test
    void anOldApplicationIsOnTheFirstPageEvenBehindAThousandNewerOnes() {
        Api api = Api.newUser();
        // 1,000 follow-up reminders due at once (a "day" is two seconds here) would queue other tests' mail
        api.http.put().uri("/api/me/preferences").header("Authorization", api.bearer)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue("{\"follow_up_enabled\": false}").exchange().expectStatus().isAccepted();
        String acme = api.createReadable("{\"company\": \"Acme Fakeworks\", \"position\": \"Engineer\"}");

        // NEWER jobs through the real API, 32 requests in flight; short one-word names keep the projector's work
        // per job small (one search entry per prefix: 4 here), so the test stays short
        AtomicInteger accepted = new AtomicInteger();
        WebClient http = WebClient.builder().baseUrl(TheSystem.get().apiUrl())
                .defaultHeader("Authorization", api.bearer).build();
        Flux.range(0, NEWER)
                .flatMap(i -> http.post().uri("/api/jobs").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("company", i % 2 == 0 ? "Zeta" : "Yoyo", "position", "Dev " + i))
                        .retrieve().toBodilessEntity()
                        .doOnNext(response -> {
                            if (response.getStatusCode().value() == 202) {
                                accepted.incrementAndGet();
                            }
                        }), 32)
                .blockLast(Duration.ofMinutes(3));
        assertThat(accepted.get()).isEqualTo(NEWER);
        // a bound for a machine shared with other builds, not a performance assertion
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                api.get("/api/jobs/stats").expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(NEWER + 1));

        JsonNode page = api.json(api.get("/api/jobs?company=acme").expectStatus().isOk());
        assertThat(ids(page)).containsExactly(acme);
        assertThat(page.get("count").asInt()).isEqualTo(1);
        assertThat(page.has("next_cursor")).isFalse();
        assertThat(page.get("jobs").get(0).get("company").asString()).isEqualTo("Acme Fakeworks");
        assertThat(ids(api.json(api.get("/api/jobs?company=ACM").expectStatus().isOk()))).containsExactly(acme);
        assertThat(ids(api.json(api.get("/api/jobs?company=fakew").expectStatus().isOk()))).containsExactly(acme);
        assertThat(ids(api.json(api.get("/api/jobs?company=acme&status=applied").expectStatus().isOk())))
                .containsExactly(acme);
        assertThat(ids(api.json(api.get("/api/jobs?company=acme&status=Offer").expectStatus().isOk()))).isEmpty();
        JsonNode zeta = api.json(api.get("/api/jobs?company=zet&limit=100").expectStatus().isOk());
        assertThat(zeta.get("count").asInt()).isEqualTo(100);
        assertThat(zeta.has("next_cursor")).isTrue();
        assertThat(zeta.get("jobs")).allSatisfy(job -> assertThat(job.get("company").asString()).isEqualTo("Zeta"));
    }

    @Test
    void wordsMatchByTheirBeginningWithCaseAndAccentsFoldedInTheirOrder() {
        Api api = Api.newUser();
        String zurich = api.createReadable("{\"company\": \"Zürich Versicherung AG\", \"position\": \"Dev\"}");
        String other = api.createReadable("{\"company\": \"Versicherung Zurich-Nord\", \"position\": \"Dev\","
                + " \"status\": \"Offer\"}");

        assertThat(ids(api.json(api.get("/api/jobs?company=zurich").expectStatus().isOk())))
                .containsExactly(other, zurich);
        assertThat(ids(api.json(api.get("/api/jobs?company=ZÜRICH").expectStatus().isOk())))
                .containsExactly(other, zurich);
        assertThat(ids(api.json(api.get("/api/jobs?company=zurich vers").expectStatus().isOk())))
                .containsExactly(zurich);
        assertThat(ids(api.json(api.get("/api/jobs?company=versicherung zu").expectStatus().isOk())))
                .containsExactly(other);
        assertThat(ids(api.json(api.get("/api/jobs?company=urich").expectStatus().isOk()))).isEmpty();
        assertThat(ids(api.json(api.get("/api/jobs?company=zurich&status=Offer").expectStatus().isOk())))
                .containsExactly(other);

        // renamed: found under the new name only, once the projector applied it
        api.patch("/api/jobs/" + zurich, "{\"company\": \"Basel Fakeworks\"}", "Prefer", "wait=5")
                .expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids(api.json(
                api.get("/api/jobs?company=zurich").expectStatus().isOk()))).containsExactly(other));
        assertThat(ids(api.json(api.get("/api/jobs?company=basel").expectStatus().isOk()))).containsExactly(zurich);

        // deleted: found no more
        api.delete("/api/jobs/" + other, "Prefer", "wait=5").expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids(api.json(
                api.get("/api/jobs?company=zurich").expectStatus().isOk()))).isEmpty());
    }

    @Test
    void searchResultsPageNewestFirst() {
        Api api = Api.newUser();
        List<String> acme = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acme.add(api.createReadable("{\"company\": \"Acme " + i + "\", \"position\": \"Dev\"}"));
            api.createReadable("{\"company\": \"Hooli\", \"position\": \"Dev\"}");
        }
        List<String> newestFirst = new ArrayList<>(acme);
        java.util.Collections.reverse(newestFirst);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.json(api.get("/api/jobs?company=acme&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).expectStatus().isOk());
            paged.addAll(ids(page));
            cursor = page.has("next_cursor") ? page.get("next_cursor").asString() : null;
        } while (cursor != null);
        assertThat(paged).isEqualTo(newestFirst);
    }

    @Test
    void aCursorWithAnAttributeDroppedIsTheClientsMistakeNotAnOutage() {
        Api api = Api.newUser();
        api.createReadable("{\"company\": \"Tech Corp\", \"position\": \"Dev\"}");
        api.createReadable("{\"company\": \"Tech Corp\", \"position\": \"Lead\"}");
        String cursor = api.json(api.get("/api/jobs?limit=1").expectStatus().isOk()).get("next_cursor").asString();

        ObjectNode decoded = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        ((ObjectNode) decoded.get("k")).remove("created_at");
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(decoded));

        api.get("/api/jobs?limit=1&cursor=" + tampered).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("Retry-After")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://careervault.dev/problems/invalid-request")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("cursor")
                .jsonPath("$.errors[0].message").isEqualTo("is not a cursor this API returned to you for this listing");

        // the same with the signature dropped, or a key value changed
        ObjectNode unsigned = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        unsigned.remove("s");
        api.get("/api/jobs?limit=1&cursor=" + encode(unsigned)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        ObjectNode moved = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        ((ObjectNode) moved.get("k")).put("created_at", "9999-12-31T00:00:00.000000Z");
        api.get("/api/jobs?limit=1&cursor=" + encode(moved)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");

        // unchanged, it still continues its own listing
        api.get("/api/jobs?limit=1&cursor=" + cursor).expectStatus().isOk()
                .expectBody().jsonPath("$.jobs.length()").isEqualTo(1);
    }

    @Test
    void aCursorOnlyContinuesTheListingAndTheCallerItCameFrom() {
        Api api = Api.newUser();
        Api someoneElse = Api.newUser();
        for (int i = 0; i < 3; i++) {
            api.createReadable("{\"company\": \"Acme\", \"position\": \"Dev " + i + "\"}");
        }
        String all = api.json(api.get("/api/jobs?limit=1")).get("next_cursor").asString();
        String applied = api.json(api.get("/api/jobs?limit=1&status=Applied")).get("next_cursor").asString();
        String acme = api.json(api.get("/api/jobs?limit=1&company=acme")).get("next_cursor").asString();
        String acmeApplied = api.json(api.get("/api/jobs?limit=1&company=acme&status=Applied"))
                .get("next_cursor").asString();

        String otherListing = "belongs to another listing (different status, company or tag); start again without a cursor";
        api.get("/api/jobs?company=acme&cursor=" + applied).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor")
                .jsonPath("$.errors[0].message").isEqualTo(otherListing);
        api.get("/api/jobs?cursor=" + acme).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo(otherListing);
        api.get("/api/jobs?company=acme&cursor=" + acmeApplied).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo(otherListing);
        api.get("/api/jobs?company=acmex&cursor=" + acme).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo(otherListing);
        api.get("/api/jobs?status=Offer&cursor=" + all).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        someoneElse.get("/api/jobs?cursor=" + all).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        someoneElse.get("/api/jobs?company=acme&cursor=" + acme).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        // the same query spelled differently folds to the same listing
        api.get("/api/jobs?limit=1&company=ACME&cursor=" + acme).expectStatus().isOk()
                .expectBody().jsonPath("$.jobs.length()").isEqualTo(1);
        api.get("/api/jobs?limit=1&status=applied&cursor=" + applied).expectStatus().isOk();
        api.get("/api/jobs?limit=1&company=acme&status=Applied&cursor=" + acmeApplied).expectStatus().isOk();
    }

    @Test
    void everyListingAndJobParameterMistakeIsA400WithItsField() {
        Api api = Api.newUser();
        String[][] mistakes = {
                {"/api/jobs?company=!!!", "company"},
                {"/api/jobs?company=" + "🚀".repeat(201), "company"},
                {"/api/jobs?company=acme&status=Hired", "status"},
                {"/api/jobs?company=acme&limit=0", "limit"},
                {"/api/jobs?company=acme&cursor=bm90LWEtY3Vyc29y", "cursor"},
                {"/api/jobs?status=Applied&cursor=%7B%7D", "cursor"},
                {"/api/jobs?cursor=" + "A".repeat(3000), "cursor"},
                {"/api/jobs/" + "a".repeat(2000), "job_id"},
                {"/api/jobs/🚀", "job_id"}};
        for (String[] mistake : mistakes) {
            api.get(mistake[0]).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(mistake[1]);
        }
        api.patch("/api/jobs/" + "a".repeat(2000), "{\"notes\": \"x\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("job_id");
        api.delete("/api/jobs/" + "a".repeat(2000)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("job_id");
        // a company query of 200 emoji is within the limit (code points, not UTF-16 units), and matches nothing
        api.get("/api/jobs?company=" + "🚀".repeat(199) + "a").expectStatus().isOk()
                .expectBody().jsonPath("$.jobs.length()").isEqualTo(0);
        api.put("/api/me/preferences", "{\"time_zone\": \"Mars/Olympus\", \"follow_up_days\": 0}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
    }

    private static String encode(JsonNode node) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("jobs").forEach(job -> ids.add(job.get("job_id").asString()));
        return ids;
    }
}
