package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.careervault.devstack.DevStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Commands become queryable; queries see only the caller's live jobs, newest first, page by page. */
@ExtendWith(DevStackExtension.class)
class JobQueriesTest {

    @Test
    void createWithPreferWaitAnswersWithTheProjectedJob() {
        Api api = Api.newUser();

        JsonNode job = api.json(api.post("/api/jobs", """
                {"company": "Google", "position": "Software Engineer", "status": "Applied",
                 "location": "Mountain View, CA", "salary_range": "$120k-$180k", "tags": ["backend"]}""",
                "Prefer", "wait=5")
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Preference-Applied", "wait")
                .expectHeader().valueMatches("Location", "/api/jobs/[0-9a-f-]{36}"));

        assertThat(job.get("company").asString()).isEqualTo("Google");
        assertThat(job.get("salary_range").asString()).isEqualTo("$120k-$180k");
        assertThat(job.get("status").asString()).isEqualTo("Applied");
        assertThat(job.get("tags").get(0).asString()).isEqualTo("backend");
        assertThat(job.get("status_history")).hasSize(1);
        assertThat(job.get("status_history").get(0).get("status").asString()).isEqualTo("Applied");
        api.get("/api/jobs/" + job.get("job_id").asString()).expectStatus().isOk()
                .expectBody().jsonPath("$.position").isEqualTo("Software Engineer");
    }

    @Test
    void patchUpdatesFieldsAndStatusAndKeepsTheStageHistory() {
        Api api = Api.newUser();
        String jobId = api.createReadable("{\"company\": \"Acme\", \"position\": \"Engineer\", \"notes\": \"first\"}");

        JsonNode updated = api.json(api.patch("/api/jobs/" + jobId,
                "{\"status\": \"interviewing\", \"notes\": null, \"location\": \"Remote\"}", "Prefer", "wait=5")
                .expectStatus().isOk());

        assertThat(updated.get("status").asString()).isEqualTo("Interviewing");
        assertThat(updated.get("location").asString()).isEqualTo("Remote");
        assertThat(updated.has("notes")).isFalse();
        assertThat(updated.get("status_history")).extracting(h -> h.get("status").asString())
                .containsExactly("Applied", "Interviewing");

        JsonNode accepted = api.json(api.patch("/api/jobs/" + jobId, "{\"status\": \"Offer\"}").expectStatus().isAccepted());
        assertThat(accepted.get("event_ids")).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.json(api.get("/api/jobs/" + jobId).expectStatus().isOk()).get("status_history"))
                .extracting(h -> h.get("status").asString())
                .containsExactly("Applied", "Interviewing", "Offer"));
        JsonNode nothingChanged = api.json(api.patch("/api/jobs/" + jobId, "{\"status\": \"Offer\"}")
                .expectStatus().isAccepted());
        assertThat(nothingChanged.get("event_ids")).isEmpty();
    }

    @Test
    void deletedJobsAreGoneEverywhere() {
        Api api = Api.newUser();
        String jobId = api.createReadable("{\"company\": \"Gone Ltd\", \"position\": \"Engineer\"}");

        api.delete("/api/jobs/" + jobId, "Prefer", "wait=5").expectStatus().isNoContent();

        api.get("/api/jobs/" + jobId).expectStatus().isNotFound();
        api.patch("/api/jobs/" + jobId, "{\"status\": \"Offer\"}").expectStatus().isNotFound();
        api.delete("/api/jobs/" + jobId).expectStatus().isNotFound();
        assertThat(api.json(api.get("/api/jobs").expectStatus().isOk()).get("jobs")).isEmpty();
        api.get("/api/jobs/stats").expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void listingIsNewestFirstFiltersByStatusAndCompanyAndPages() {
        Api api = Api.newUser();
        List<String> created = new ArrayList<>();
        String[][] jobs = {{"Globex", "Applied"}, {"Initech", "Screening"}, {"globex labs", "Applied"},
                {"Umbrella", "Offer"}, {"Hooli", "Applied"}};
        for (String[] job : jobs) {
            created.add(api.createReadable("{\"company\": \"" + job[0] + "\", \"position\": \"Dev\", \"status\": \""
                    + job[1] + "\"}"));
        }
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids(api.json(
                api.get("/api/jobs").expectStatus().isOk()))).isEqualTo(newestFirst));
        assertThat(ids(api.json(api.get("/api/jobs?status=applied").expectStatus().isOk())))
                .containsExactly(created.get(4), created.get(2), created.get(0));
        assertThat(ids(api.json(api.get("/api/jobs?company=GLOBEX").expectStatus().isOk())))
                .containsExactly(created.get(2), created.get(0));

        JsonNode first = api.json(api.get("/api/jobs?limit=2").expectStatus().isOk());
        JsonNode second = api.json(api.get("/api/jobs?limit=2&cursor=" + first.get("next_cursor").asString())
                .expectStatus().isOk());
        JsonNode third = api.json(api.get("/api/jobs?limit=2&cursor=" + second.get("next_cursor").asString())
                .expectStatus().isOk());
        List<String> paged = new ArrayList<>(ids(first));
        paged.addAll(ids(second));
        paged.addAll(ids(third));
        assertThat(paged).isEqualTo(newestFirst);

        api.get("/api/jobs/stats").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(5)
                .jsonPath("$.by_status.Applied").isEqualTo(3)
                .jsonPath("$.by_status.Screening").isEqualTo(1)
                .jsonPath("$.by_status.Offer").isEqualTo(1)
                .jsonPath("$.by_status.Ghosted").isEqualTo(0);
    }

    @Test
    void badQueryParametersAreProblems() {
        Api api = Api.newUser();

        api.get("/api/jobs?limit=101").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        api.get("/api/jobs?limit=ten").expectStatus().isBadRequest();
        api.get("/api/jobs?status=Hired").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        api.get("/api/jobs?cursor=not-a-cursor").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    @Test
    void oneUserCanNeverSeeOrChangeAnothersJobs() {
        Api alice = Api.newUser();
        Api bob = Api.newUser();
        String alicesJob = alice.createReadable("{\"company\": \"Secret Co\", \"position\": \"CTO\"}");
        alice.createReadable("{\"company\": \"Other Co\", \"position\": \"CEO\"}");
        JsonNode alicesPage = alice.json(alice.get("/api/jobs?limit=1").expectStatus().isOk());

        bob.get("/api/jobs/" + alicesJob).expectStatus().isNotFound();
        bob.patch("/api/jobs/" + alicesJob, "{\"status\": \"Rejected\"}").expectStatus().isNotFound();
        bob.delete("/api/jobs/" + alicesJob).expectStatus().isNotFound();
        bob.post("/api/jobs/bulk", "{\"action\": \"delete\", \"job_ids\": [\"" + alicesJob + "\"]}")
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.results[0].result").isEqualTo("not_found");
        assertThat(bob.json(bob.get("/api/jobs").expectStatus().isOk()).get("jobs")).isEmpty();
        bob.get("/api/jobs?cursor=" + alicesPage.get("next_cursor").asString()).expectStatus().isBadRequest();
        bob.get("/api/jobs/stats").expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);

        alice.get("/api/jobs/" + alicesJob).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("Applied");
    }

    @Test
    void bulkCommandsReportEachJob() {
        Api api = Api.newUser();
        String applied = api.createReadable("{\"company\": \"A\", \"position\": \"Dev\"}");
        String rejected = api.createReadable("{\"company\": \"B\", \"position\": \"Dev\", \"status\": \"Rejected\"}");
        String unknown = UUID.randomUUID().toString();

        api.post("/api/jobs/bulk", "{\"action\": \"update_status\", \"status\": \"Rejected\", \"job_ids\": [\""
                        + applied + "\", \"" + rejected + "\", \"" + unknown + "\"]}")
                .expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.results[0].result").isEqualTo("accepted")
                .jsonPath("$.results[0].event_id").isNotEmpty()
                .jsonPath("$.results[1].result").isEqualTo("unchanged")
                .jsonPath("$.results[2].result").isEqualTo("not_found");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api.get("/api/jobs/stats").expectStatus().isOk()
                .expectBody().jsonPath("$.by_status.Rejected").isEqualTo(2));

        api.post("/api/jobs/bulk", "{\"action\": \"delete\", \"job_ids\": [\"" + applied + "\", \"" + rejected + "\"]}")
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.results[*].result").isEqualTo(List.of("accepted", "accepted"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api.get("/api/jobs/stats").expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0));
    }

    @Test
    void aBulkCommandThatWaitsIsListedAsSoonAsItAnswers() {
        Api api = Api.newUser();
        String first = api.createReadable("{\"company\": \"A\", \"position\": \"Dev\"}");
        String second = api.createReadable("{\"company\": \"B\", \"position\": \"Dev\"}");

        api.post("/api/jobs/bulk", "{\"action\": \"update_status\", \"status\": \"Offer\", \"job_ids\": [\""
                        + first + "\", \"" + second + "\"]}", "Prefer", "wait=5")
                .expectStatus().isOk()
                .expectHeader().valueEquals("Preference-Applied", "wait")
                .expectBody().jsonPath("$.results[*].result").isEqualTo(List.of("accepted", "accepted"));
        // no waiting here: the answer came once the read model had both changes
        assertThat(ids(api.json(api.get("/api/jobs?status=Offer").expectStatus().isOk())))
                .containsExactlyInAnyOrder(first, second);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("jobs").forEach(job -> ids.add(job.get("job_id").asString()));
        return ids;
    }
}
